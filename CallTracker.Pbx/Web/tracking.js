/*
 * CallTracker number tracking. Add to every page of a tracked site:
 *   <script src="https://calltracker.example.com/tracking.js" data-site="shop" async></script>
 * It asks for the number this visit should see, replaces the site's printed number with it wherever it appears
 * (text and tel: links, whatever the formatting), and keeps the session alive while the tab is open.
 * Plain ES2017, no build step. Any failure leaves the page as it was.
 */
(function (root, factory) {
  'use strict';
  var api = factory();
  if (typeof module === 'object' && module.exports) {
    module.exports = api; // Node, for the tests.
  } else if (root && root.document) {
    api.start(root.document.currentScript, root);
  }
}(typeof window !== 'undefined' ? window : null, function () {
  'use strict';

  var VISITOR_KEY = 'ct_vid';
  var ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
  var SEPARATORS = '[\\s\\u00a0().-]{0,3}';
  var NATIONAL_LENGTH = 10;

  function digitsOf(text) {
    return String(text || '').replace(/\D/g, '');
  }

  // The number with any separators, written with +7, 7, 8 (Russia's trunk prefix) or no prefix at all.
  function numberPattern(digits) {
    if (digits.length === 11 && digits.charAt(0) === '8') {
      digits = '7' + digits.slice(1); // 8 800 ... written in the trunk form
    }
    var national = digits.slice(-NATIONAL_LENGTH);
    var country = digits.slice(0, digits.length - national.length);
    var prefixes = country ? ['\\+\\s?' + country, country].concat(country === '7' ? ['8'] : []) : [];
    var prefix = prefixes.length ? '(?:(?:' + prefixes.join('|') + ')' + SEPARATORS + ')?' : '';
    // The first group stands in for a lookbehind: the number must not continue a longer run of digits.
    return new RegExp('(^|[^\\d+])(' + prefix + national.split('').join(SEPARATORS) + ')(?!\\d)', 'g');
  }

  // Writes the new number into the old one's template: "8 (495) 000-00-01" becomes "8 (495) 123-45-67".
  function formatLike(template, digits) {
    var oldDigits = digitsOf(template);
    var national = digits.slice(-NATIONAL_LENGTH);
    if (national.length !== NATIONAL_LENGTH || oldDigits.length < NATIONAL_LENGTH) {
      return '+' + digits;
    }
    var chars = template.split('');
    var left = NATIONAL_LENGTH;
    for (var i = chars.length - 1; i >= 0 && left > 0; i--) {
      if (chars[i] >= '0' && chars[i] <= '9') {
        chars[i] = national.charAt(--left);
      }
    }
    return chars.join('');
  }

  function replaceText(text, fromDigits, toDigits) {
    if (!text || fromDigits === toDigits) {
      return text;
    }
    return text.replace(numberPattern(fromDigits), function (match, before, number) {
      return before + formatLike(number, toDigits);
    });
  }

  function replaceInDocument(doc, fromList, toDigits) {
    if (!doc.body) {
      return;
    }
    var walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
    var nodes = [];
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push(node);
    }
    nodes.forEach(function (textNode) {
      var parent = textNode.parentNode;
      if (parent && /^(SCRIPT|STYLE|NOSCRIPT|TEXTAREA)$/i.test(parent.nodeName)) {
        return;
      }
      var value = fromList.reduce(function (text, from) { return replaceText(text, from, toDigits); }, textNode.nodeValue);
      if (value !== textNode.nodeValue) {
        textNode.nodeValue = value;
      }
    });
    Array.prototype.forEach.call(doc.querySelectorAll('a[href^="tel:"]'), function (link) {
      var href = link.getAttribute('href');
      var value = fromList.reduce(function (text, from) { return replaceText(text, from, toDigits); }, href);
      if (value !== href) {
        link.setAttribute('href', value);
      }
    });
  }

  // The id the service issued (and signed) on an earlier visit; none on a first visit, when the service issues one.
  function visitorId(win) {
    var id = null;
    try { id = win.localStorage.getItem(VISITOR_KEY); } catch (e) { id = null; }
    var cookie = /(?:^|;\s*)ct_vid=([A-Za-z0-9_-]{8,64})/.exec(win.document.cookie || '');
    if (!ID_PATTERN.test(id || '') && cookie) {
      id = cookie[1];
    }
    return ID_PATTERN.test(id || '') ? id : undefined;
  }

  // Kept in localStorage and a first-party cookie, so a returning visitor keeps their number if either survived.
  function rememberVisitor(win, id) {
    if (!ID_PATTERN.test(id || '')) {
      return;
    }
    try { win.localStorage.setItem(VISITOR_KEY, id); } catch (e) { /* storage disabled: the cookie still holds it */ }
    var secure = win.location.protocol === 'https:' ? '; Secure' : '';
    win.document.cookie = VISITOR_KEY + '=' + id + '; Max-Age=31536000; Path=/; SameSite=Lax' + secure;
  }

  function deviceOf(userAgent) {
    if (/iPad|Tablet|Android(?!.*Mobile)/i.test(userAgent)) {
      return 'tablet';
    }
    return /Mobi|iPhone|Android/i.test(userAgent) ? 'mobile' : 'desktop';
  }

  function visitOf(win, script, visitor) {
    var query = new URLSearchParams(win.location.search);
    var get = function (name) { return query.get(name) || null; };
    return {
      visitorId: visitor,
      landingUrl: win.location.href,
      referrer: win.document.referrer || null,
      utmSource: get('utm_source'),
      utmMedium: get('utm_medium'),
      utmCampaign: get('utm_campaign'),
      utmContent: get('utm_content'),
      utmTerm: get('utm_term'),
      keyword: get('keyword'),
      device: deviceOf(win.navigator.userAgent || ''),
      country: script.getAttribute('data-country') || null
    };
  }

  // text/plain keeps these "simple" CORS requests: no preflight round trip before the number arrives.
  function post(win, url, body) {
    return win.fetch(url, {
      method: 'POST',
      mode: 'cors',
      credentials: 'omit',
      keepalive: true,
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.ok ? response.json() : Promise.reject(response.status);
    });
  }

  function whenReady(doc, action) {
    if (doc.readyState === 'loading') {
      doc.addEventListener('DOMContentLoaded', action);
    } else {
      action();
    }
  }

  function start(script, win) {
    var site = script && script.getAttribute('data-site');
    if (!site || !win.fetch || !win.JSON) {
      return null;
    }
    var doc = win.document;
    var sessions = new URL(script.src, win.location.href).origin + '/api/tracking/sites/' + encodeURIComponent(site) + '/sessions';
    var storageKey = 'ct_session_' + site;
    // earlier: numbers this page showed before the current one (a released pool number comes back as another).
    var state = { sessionId: null, number: null, defaultNumber: null, earlier: [], timer: null, pending: null };

    function apply() {
      var from = [state.defaultNumber].concat(state.earlier).filter(function (n) { return n && n !== state.number; });
      whenReady(doc, function () { replaceInDocument(doc, from, state.number); });
    }

    function show(result) {
      rememberVisitor(win, result.visitorId);
      var number = digitsOf(result.number);
      if (state.number && state.number !== number) {
        state.earlier.push(state.number);
      }
      state.sessionId = result.sessionId;
      state.defaultNumber = digitsOf(result.defaultNumber);
      state.number = number;
      try { win.sessionStorage.setItem(storageKey, JSON.stringify(result)); } catch (e) { /* the next page starts a new session */ }
      apply();
      if (!state.timer) {
        state.timer = win.setInterval(ping, Math.max(5, result.pingSeconds || 30) * 1000);
      }
      return result;
    }

    function begin() {
      return post(win, sessions, visitOf(win, script, visitorId(win))).then(show);
    }

    // A session the service no longer knows (404) is started afresh; any other failure waits for the next ping.
    function ping() {
      return post(win, sessions + '/' + state.sessionId + '/pings', { page: win.location.href })
        .then(show, function (status) { return status === 404 ? begin() : null; })
        .catch(function () { return null; });
    }

    var saved = null;
    try { saved = JSON.parse(win.sessionStorage.getItem(storageKey) || 'null'); } catch (e) { saved = null; }
    var ready;
    if (saved && saved.sessionId) {
      show(saved); // the same number at once on every page of the visit, then confirmed by a ping
      ready = ping();
    } else {
      ready = begin().catch(function () { return null; });
    }

    // Pages that render content later (single-page apps) get the number in it too.
    if (win.MutationObserver) {
      new win.MutationObserver(function () {
        if (state.number && !state.pending) {
          state.pending = win.setTimeout(function () { state.pending = null; apply(); }, 100);
        }
      }).observe(doc.documentElement, { childList: true, subtree: true });
    }

    win.addEventListener('pagehide', function () {
      if (state.sessionId && win.navigator.sendBeacon) {
        var body = new Blob([JSON.stringify({ page: win.location.href })], { type: 'text/plain' });
        win.navigator.sendBeacon(sessions + '/' + state.sessionId + '/pings', body);
      }
    });
    return ready;
  }

  return {
    numberPattern: numberPattern,
    formatLike: formatLike,
    replaceText: replaceText,
    replaceInDocument: replaceInDocument,
    deviceOf: deviceOf,
    start: function (script, win) {
      try {
        return start(script, win);
      } catch (e) {
        return null;
      }
    }
  };
}));
