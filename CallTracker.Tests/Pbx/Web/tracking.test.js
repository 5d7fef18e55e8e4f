// Tests of the snippet (CallTracker.Pbx/Web/tracking.js) with a minimal DOM stub; run by TrackingScriptTests through `node --test`.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const snippet = require('./tracking.js');

const DEFAULT = '74950000001';
const POOLED = '74951234567';

test('the printed number is replaced in every common format, keeping the format', () => {
  const cases = [
    ['Звоните: 8 (495) 000-00-01!', 'Звоните: 8 (495) 123-45-67!'],
    ['+7 495 000 00 01', '+7 495 123 45 67'],
    ['+7 (495) 000-00-01', '+7 (495) 123-45-67'],
    ['+7(495)000-00-01', '+7(495)123-45-67'],
    ['8\u00a0495\u00a0000\u00a000\u00a001', '8\u00a0495\u00a0123\u00a045\u00a067'],
    ['74950000001', '74951234567'],
    ['(495) 000-00-01', '(495) 123-45-67'],
    ['tel:+74950000001', 'tel:+74951234567'],
    ['tel:84950000001', 'tel:84951234567']
  ];
  for (const [before, after] of cases) {
    assert.equal(snippet.replaceText(before, DEFAULT, POOLED), after, before);
  }
});

test('other numbers and longer digit runs are left alone', () => {
  for (const text of ['+7 495 000-00-02', '8 495 000 00 012', '184950000001', 'order 4950000001234']) {
    assert.equal(snippet.replaceText(text, DEFAULT, POOLED), text, text);
  }
});

test('an 8 800 number written in the trunk form is still found', () => {
  assert.equal(snippet.replaceText('8 800 555-35-35', '78005553535', '78001112233'), '8 800 111-22-33');
});

test('the device comes from the user agent', () => {
  assert.equal(snippet.deviceOf('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148'), 'mobile');
  assert.equal(snippet.deviceOf('Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36'), 'tablet');
  assert.equal(snippet.deviceOf('Mozilla/5.0 (Windows NT 10.0; Win64; x64)'), 'desktop');
});

function fakePage(responses, saved) {
  const texts = [
    { nodeValue: 'Call us: 8 (495) 000-00-01', parentNode: { nodeName: 'P' } },
    { nodeValue: 'var phone = "84950000001";', parentNode: { nodeName: 'SCRIPT' } },
    { nodeValue: 'Office: +7 495 000-00-02', parentNode: { nodeName: 'SPAN' } }
  ];
  const attributes = { href: 'tel:+74950000001' };
  const link = { getAttribute: (name) => attributes[name], setAttribute: (name, value) => { attributes[name] = value; } };
  const storage = () => { const map = new Map(); return { getItem: (k) => (map.has(k) ? map.get(k) : null), setItem: (k, v) => map.set(k, String(v)), map }; };
  const requests = [];
  const timers = [];
  const win = {
    document: {
      body: {}, documentElement: {}, readyState: 'complete', cookie: '', referrer: 'https://www.google.com/',
      createTreeWalker: () => { let i = 0; return { nextNode: () => texts[i++] || null }; },
      querySelectorAll: () => [link],
      addEventListener: () => {}
    },
    location: { href: 'https://shop.example/sofas?utm_source=google&utm_medium=cpc&utm_campaign=spring&keyword=sofa', search: '?utm_source=google&utm_medium=cpc&utm_campaign=spring&keyword=sofa', protocol: 'https:' },
    navigator: { userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)' },
    localStorage: storage(),
    sessionStorage: storage(),
    crypto: globalThis.crypto,
    JSON,
    fetch: (url, init) => {
      requests.push({ url, init, body: JSON.parse(init.body) });
      const next = responses.shift();
      if (next instanceof Error) { return Promise.reject(next); }
      return Promise.resolve({ ok: next.status === 200, status: next.status, json: () => Promise.resolve(next.body) });
    },
    setInterval: (callback, ms) => { timers.push({ callback, ms }); return timers.length; },
    setTimeout: (callback) => { callback(); return 1; },
    addEventListener: () => {}
  };
  if (saved) { win.sessionStorage.setItem('ct_session_shop', JSON.stringify(saved)); }
  const script = { src: 'https://calltracker.example/tracking.js', getAttribute: (name) => (name === 'data-site' ? 'shop' : null) };
  return { win, script, texts, attributes, requests, timers };
}

const session = (number) => ({ status: 200, body: { sessionId: 'a'.repeat(32), visitorId: 'v'.repeat(44), number, defaultNumber: DEFAULT, pingSeconds: 30 } });

test('a visit asks for a number with its parameters and shows it in text and tel: links', async () => {
  const page = fakePage([session(POOLED)]);

  await snippet.start(page.script, page.win);

  const sent = page.requests[0];
  assert.equal(sent.url, 'https://calltracker.example/api/tracking/sites/shop/sessions');
  assert.equal(sent.init.headers['Content-Type'], 'text/plain');
  assert.equal(sent.body.utmCampaign, 'spring');
  assert.equal(sent.body.keyword, 'sofa');
  assert.equal(sent.body.referrer, 'https://www.google.com/');
  assert.equal(sent.body.device, 'desktop');
  assert.equal(sent.body.visitorId, undefined, 'a first visit gets its id from the service');
  assert.equal(page.win.localStorage.getItem('ct_vid'), 'v'.repeat(44));
  assert.equal(page.texts[0].nodeValue, 'Call us: 8 (495) 123-45-67');
  assert.equal(page.texts[1].nodeValue, 'var phone = "84950000001";', 'scripts are not touched');
  assert.equal(page.texts[2].nodeValue, 'Office: +7 495 000-00-02');
  assert.equal(page.attributes.href, 'tel:+74951234567');
  assert.equal(page.timers[0].ms, 30000);
});

test('pings keep the session and a changed number replaces the one shown', async () => {
  const page = fakePage([session(POOLED), session('74957654321')]);
  await snippet.start(page.script, page.win);

  await page.timers[0].callback();

  assert.equal(page.requests[1].url, 'https://calltracker.example/api/tracking/sites/shop/sessions/' + 'a'.repeat(32) + '/pings');
  assert.equal(page.requests[1].body.page, page.win.location.href);
  assert.equal(page.texts[0].nodeValue, 'Call us: 8 (495) 765-43-21');
  assert.equal(page.attributes.href, 'tel:+74957654321');
});

test('the next page of the visit shows its number at once and pings instead of starting over', async () => {
  const page = fakePage([session(POOLED)], session(POOLED).body);

  const ready = snippet.start(page.script, page.win);
  assert.equal(page.texts[0].nodeValue, 'Call us: 8 (495) 123-45-67');
  await ready;

  assert.equal(page.requests.length, 1);
  assert.match(page.requests[0].url, /\/pings$/);
});

test('a session the service no longer knows is started afresh', async () => {
  const page = fakePage([{ status: 404, body: {} }, session(POOLED)], session('74950000099').body);

  await snippet.start(page.script, page.win);

  assert.match(page.requests[1].url, /\/sessions$/);
  assert.equal(page.texts[0].nodeValue, 'Call us: 8 (495) 123-45-67');
});

test('a service that is down leaves the page as it was, without errors', async () => {
  const page = fakePage([new TypeError('Failed to fetch')]);

  await snippet.start(page.script, page.win);

  assert.equal(page.texts[0].nodeValue, 'Call us: 8 (495) 000-00-01');
  assert.equal(page.attributes.href, 'tel:+74950000001');
});

test('a script tag without data-site does nothing', () => {
  const page = fakePage([]);
  page.script.getAttribute = () => null;

  assert.equal(snippet.start(page.script, page.win), null);
  assert.equal(page.requests.length, 0);
});
