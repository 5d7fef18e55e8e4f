-- Reports read pre-aggregated rows instead of joining calls to their attributions, sessions, touches and tags:
--   report_calls       one row per call with every report key already resolved (a denormalised copy of the calls);
--   report_daily       per day (in the business time zone), dimension, key and status: calls, call types, wait and talk;
--   report_daily_tags  per day, dimension, key and tag category: the tag values summed.
-- Triggers keep them equal to the source rows as calls are written, attributed, tagged and reclassified; a bulk
-- change (recomputing every call type, a new time zone) sets report_state.bulk, which silences the triggers, and
-- rebuilds them whole in the same transaction.

-- The business time zone as UTC offsets from an instant on; empty means UTC. Days are counted from 1970-01-01 local.
CREATE TABLE report_utc_offsets (
    from_at   INTEGER NOT NULL PRIMARY KEY,
    offset_ms INTEGER NOT NULL
) STRICT;

CREATE TABLE report_state (
    time_zone TEXT    NOT NULL,
    bulk      INTEGER NOT NULL
) STRICT;

INSERT INTO report_state (time_zone, bulk) VALUES ('UTC', 0);

-- Who each call rang, from its ManagerRinging events, kept after retention purges the events themselves.
CREATE TABLE call_rang_managers (
    call_id  TEXT NOT NULL,
    endpoint TEXT NOT NULL,
    PRIMARY KEY (call_id, endpoint)
) STRICT, WITHOUT ROWID;

CREATE TABLE report_calls (
    call_id            TEXT    NOT NULL PRIMARY KEY,
    arrived_at         INTEGER NOT NULL,
    day                INTEGER NOT NULL,
    status             TEXT    NOT NULL,
    missed             INTEGER NOT NULL,
    direction          TEXT    NOT NULL,
    off_hours          INTEGER NOT NULL,
    wait_seconds       INTEGER NOT NULL,
    talk_seconds       INTEGER NOT NULL,
    is_unique          INTEGER NOT NULL,
    is_target          INTEGER NOT NULL,
    is_repeat          INTEGER NOT NULL,
    is_first_target    INTEGER NOT NULL,
    is_unique_target   INTEGER NOT NULL,
    -- The endpoint that answered, '' for nobody; the manager's name is looked up when a report is read.
    manager            TEXT    NOT NULL,
    source             TEXT    NOT NULL,
    channel            TEXT    NOT NULL,
    campaign           TEXT    NOT NULL,
    keyword            TEXT    NOT NULL,
    landing_page       TEXT    NOT NULL,
    first_source       TEXT    NOT NULL,
    first_channel      TEXT    NOT NULL,
    first_campaign     TEXT    NOT NULL,
    first_keyword      TEXT    NOT NULL,
    first_landing_page TEXT    NOT NULL,
    -- ',PJSIP/101,PJSIP/102,' or '': the managers the call rang, for the missed-call drill-down.
    rang               TEXT    NOT NULL
) STRICT;

CREATE INDEX ix_report_calls_arrived_at ON report_calls (arrived_at);
-- The calls of the part-days at the ends of a report range, found by day and time.
CREATE INDEX ix_report_calls_day ON report_calls (day, arrived_at);
-- Everything the missed-call drill-down filters on, so its counts and its list read the index alone.
CREATE INDEX ix_report_calls_missed ON report_calls (arrived_at, call_id, off_hours, direction, wait_seconds, rang, missed) WHERE missed = 1;

CREATE TABLE report_daily (
    dimension        TEXT    NOT NULL,
    day              INTEGER NOT NULL,
    key              TEXT    NOT NULL,
    status           TEXT    NOT NULL,
    calls            INTEGER NOT NULL,
    unique_calls     INTEGER NOT NULL,
    target           INTEGER NOT NULL,
    repeat_calls     INTEGER NOT NULL,
    first_target     INTEGER NOT NULL,
    unique_target    INTEGER NOT NULL,
    wait_seconds     INTEGER NOT NULL,
    talk_seconds     INTEGER NOT NULL,
    PRIMARY KEY (dimension, day, key, status)
) STRICT, WITHOUT ROWID;

CREATE TABLE report_daily_tags (
    dimension TEXT    NOT NULL,
    day       INTEGER NOT NULL,
    key       TEXT    NOT NULL,
    category  TEXT    NOT NULL,
    tags      INTEGER NOT NULL,
    value     INTEGER NOT NULL,
    PRIMARY KEY (dimension, day, key, category)
) STRICT, WITHOUT ROWID;

-- A call's report row as its source rows say it should be.
CREATE VIEW report_call_source AS
SELECT c.id AS call_id, c.arrived_at,
       (c.arrived_at + COALESCE((SELECT o.offset_ms FROM report_utc_offsets o WHERE o.from_at <= c.arrived_at ORDER BY o.from_at DESC LIMIT 1), 0)) / 86400000 AS day,
       c.status, c.status NOT IN ('Answered', 'HandledByFallback', 'CallbackConnected', 'InProgress') AS missed,
       c.direction, c.off_hours, c.wait_seconds, c.talk_seconds,
       COALESCE(c.is_unique, 0) AS is_unique, COALESCE(c.is_target, 0) AS is_target, COALESCE(c.is_repeat, 0) AS is_repeat,
       COALESCE(c.is_first_target, 0) AS is_first_target, COALESCE(c.is_unique_target, 0) AS is_unique_target,
       COALESCE(c.answered_by, '') AS manager,
       COALESCE(a.source, '(none)') AS source,
       COALESCE(a.channel, '(none)') AS channel,
       COALESCE(a.campaign, '(none)') AS campaign,
       COALESCE(s.keyword, s.utm_term, '(none)') AS keyword,
       -- Drops the query string, so one landing page is not split by every utm_ combination.
       COALESCE(CASE WHEN instr(s.landing_url, '?') > 0 THEN substr(s.landing_url, 1, instr(s.landing_url, '?') - 1) ELSE s.landing_url END, '(none)') AS landing_page,
       COALESCE(t.first_source, a.source, '(none)') AS first_source,
       COALESCE(t.first_channel, a.channel, '(none)') AS first_channel,
       COALESCE(t.first_campaign, '(none)') AS first_campaign,
       COALESCE(fs.keyword, fs.utm_term, '(none)') AS first_keyword,
       COALESCE(CASE WHEN instr(fs.landing_url, '?') > 0 THEN substr(fs.landing_url, 1, instr(fs.landing_url, '?') - 1) ELSE fs.landing_url END, '(none)') AS first_landing_page,
       COALESCE((SELECT ',' || group_concat(r.endpoint, ',') || ',' FROM call_rang_managers r WHERE r.call_id = c.id), '') AS rang
FROM calls c
LEFT JOIN call_attributions a ON a.call_id = c.id
LEFT JOIN tracking_sessions s ON s.id = a.session_id
LEFT JOIN caller_touches t ON t.caller_number = c.caller_number
LEFT JOIN tracking_sessions fs ON fs.id = COALESCE(t.first_session_id, a.session_id);

-- Each line a call counts in: one per dimension, and one per tag category it carries ('(untagged)' for none).
CREATE VIEW report_call_lines AS
SELECT call_id, arrived_at, day, 'source' AS dimension, source AS key, status, is_unique, is_target, is_repeat, is_first_target, is_unique_target, wait_seconds, talk_seconds FROM report_calls
UNION ALL SELECT call_id, arrived_at, day, 'channel', channel, status, is_unique, is_target, is_repeat, is_first_target, is_unique_target, wait_seconds, talk_seconds FROM report_calls
UNION ALL SELECT call_id, arrived_at, day, 'campaign', campaign, status, is_unique, is_target, is_repeat, is_first_target, is_unique_target, wait_seconds, talk_seconds FROM report_calls
UNION ALL SELECT call_id, arrived_at, day, 'keyword', keyword, status, is_unique, is_target, is_repeat, is_first_target, is_unique_target, wait_seconds, talk_seconds FROM report_calls
UNION ALL SELECT call_id, arrived_at, day, 'landing-page', landing_page, status, is_unique, is_target, is_repeat, is_first_target, is_unique_target, wait_seconds, talk_seconds FROM report_calls
UNION ALL SELECT call_id, arrived_at, day, 'manager', manager, status, is_unique, is_target, is_repeat, is_first_target, is_unique_target, wait_seconds, talk_seconds FROM report_calls
UNION ALL SELECT call_id, arrived_at, day, 'first:source', first_source, status, is_unique, is_target, is_repeat, is_first_target, is_unique_target, wait_seconds, talk_seconds FROM report_calls
UNION ALL SELECT call_id, arrived_at, day, 'first:channel', first_channel, status, is_unique, is_target, is_repeat, is_first_target, is_unique_target, wait_seconds, talk_seconds FROM report_calls
UNION ALL SELECT call_id, arrived_at, day, 'first:campaign', first_campaign, status, is_unique, is_target, is_repeat, is_first_target, is_unique_target, wait_seconds, talk_seconds FROM report_calls
UNION ALL SELECT call_id, arrived_at, day, 'first:keyword', first_keyword, status, is_unique, is_target, is_repeat, is_first_target, is_unique_target, wait_seconds, talk_seconds FROM report_calls
UNION ALL SELECT call_id, arrived_at, day, 'first:landing-page', first_landing_page, status, is_unique, is_target, is_repeat, is_first_target, is_unique_target, wait_seconds, talk_seconds FROM report_calls
UNION ALL SELECT r.call_id, r.arrived_at, r.day, 'tag-category', g.category_name, r.status, r.is_unique, r.is_target, r.is_repeat, r.is_first_target, r.is_unique_target, r.wait_seconds, r.talk_seconds
          FROM report_calls r JOIN call_tags g ON g.call_id = r.call_id
          WHERE NOT EXISTS (SELECT 1 FROM call_tags e WHERE e.call_id = g.call_id AND e.category_name = g.category_name AND e.id < g.id)
UNION ALL SELECT call_id, arrived_at, day, 'tag-category', '(untagged)', status, is_unique, is_target, is_repeat, is_first_target, is_unique_target, wait_seconds, talk_seconds
          FROM report_calls r WHERE NOT EXISTS (SELECT 1 FROM call_tags g WHERE g.call_id = r.call_id);

-- Each tag value under each line its call counts in.
CREATE VIEW report_tag_lines AS
SELECT r.call_id, r.arrived_at, r.day, 'source' AS dimension, r.source AS key, t.category_name AS category, t.value FROM report_calls r JOIN call_tags t ON t.call_id = r.call_id
UNION ALL SELECT r.call_id, r.arrived_at, r.day, 'channel', r.channel, t.category_name, t.value FROM report_calls r JOIN call_tags t ON t.call_id = r.call_id
UNION ALL SELECT r.call_id, r.arrived_at, r.day, 'campaign', r.campaign, t.category_name, t.value FROM report_calls r JOIN call_tags t ON t.call_id = r.call_id
UNION ALL SELECT r.call_id, r.arrived_at, r.day, 'keyword', r.keyword, t.category_name, t.value FROM report_calls r JOIN call_tags t ON t.call_id = r.call_id
UNION ALL SELECT r.call_id, r.arrived_at, r.day, 'landing-page', r.landing_page, t.category_name, t.value FROM report_calls r JOIN call_tags t ON t.call_id = r.call_id
UNION ALL SELECT r.call_id, r.arrived_at, r.day, 'manager', r.manager, t.category_name, t.value FROM report_calls r JOIN call_tags t ON t.call_id = r.call_id
UNION ALL SELECT r.call_id, r.arrived_at, r.day, 'first:source', r.first_source, t.category_name, t.value FROM report_calls r JOIN call_tags t ON t.call_id = r.call_id
UNION ALL SELECT r.call_id, r.arrived_at, r.day, 'first:channel', r.first_channel, t.category_name, t.value FROM report_calls r JOIN call_tags t ON t.call_id = r.call_id
UNION ALL SELECT r.call_id, r.arrived_at, r.day, 'first:campaign', r.first_campaign, t.category_name, t.value FROM report_calls r JOIN call_tags t ON t.call_id = r.call_id
UNION ALL SELECT r.call_id, r.arrived_at, r.day, 'first:keyword', r.first_keyword, t.category_name, t.value FROM report_calls r JOIN call_tags t ON t.call_id = r.call_id
UNION ALL SELECT r.call_id, r.arrived_at, r.day, 'first:landing-page', r.first_landing_page, t.category_name, t.value FROM report_calls r JOIN call_tags t ON t.call_id = r.call_id
UNION ALL SELECT r.call_id, r.arrived_at, r.day, 'tag-category', g.category_name, t.category_name, t.value
          FROM report_calls r JOIN call_tags g ON g.call_id = r.call_id JOIN call_tags t ON t.call_id = r.call_id
          WHERE NOT EXISTS (SELECT 1 FROM call_tags e WHERE e.call_id = g.call_id AND e.category_name = g.category_name AND e.id < g.id);

-- A call whose report row is to be brought up to date: every trigger on a source row names its call(s) here, and the
-- one trigger below does the work and removes the name again, so the table is always empty between statements.
CREATE TABLE report_dirty (call_id TEXT NOT NULL) STRICT;

CREATE TRIGGER tr_report_dirty AFTER INSERT ON report_dirty
BEGIN
    DELETE FROM report_calls WHERE call_id = NEW.call_id AND NOT EXISTS (SELECT 1 FROM calls WHERE id = NEW.call_id);
    INSERT INTO report_calls SELECT * FROM report_call_source WHERE call_id = NEW.call_id
    ON CONFLICT (call_id) DO UPDATE SET arrived_at = excluded.arrived_at, day = excluded.day, status = excluded.status, missed = excluded.missed,
        direction = excluded.direction, off_hours = excluded.off_hours, wait_seconds = excluded.wait_seconds, talk_seconds = excluded.talk_seconds,
        is_unique = excluded.is_unique, is_target = excluded.is_target, is_repeat = excluded.is_repeat, is_first_target = excluded.is_first_target,
        is_unique_target = excluded.is_unique_target, manager = excluded.manager, source = excluded.source, channel = excluded.channel,
        campaign = excluded.campaign, keyword = excluded.keyword, landing_page = excluded.landing_page, first_source = excluded.first_source,
        first_channel = excluded.first_channel, first_campaign = excluded.first_campaign, first_keyword = excluded.first_keyword,
        first_landing_page = excluded.first_landing_page, rang = excluded.rang;
    DELETE FROM report_dirty WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER tr_calls_report_insert AFTER INSERT ON calls WHEN (SELECT bulk FROM report_state) = 0
BEGIN
    INSERT INTO report_dirty (call_id) VALUES (NEW.id);
END;

-- The journal's update sets every column; only a change to one a report reads refreshes the report row.
CREATE TRIGGER tr_calls_report_update AFTER UPDATE OF arrived_at, caller_number, status, wait_seconds, talk_seconds, answered_by, off_hours, direction,
    is_unique, is_target, is_repeat, is_first_target, is_unique_target ON calls
WHEN (OLD.arrived_at, OLD.caller_number, OLD.status, OLD.wait_seconds, OLD.talk_seconds, OLD.answered_by, OLD.off_hours, OLD.direction,
      OLD.is_unique, OLD.is_target, OLD.is_repeat, OLD.is_first_target, OLD.is_unique_target)
     IS NOT (NEW.arrived_at, NEW.caller_number, NEW.status, NEW.wait_seconds, NEW.talk_seconds, NEW.answered_by, NEW.off_hours, NEW.direction,
      NEW.is_unique, NEW.is_target, NEW.is_repeat, NEW.is_first_target, NEW.is_unique_target)
 AND (SELECT bulk FROM report_state) = 0
BEGIN
    INSERT INTO report_dirty (call_id) VALUES (NEW.id);
END;

CREATE TRIGGER tr_calls_report_delete AFTER DELETE ON calls WHEN (SELECT bulk FROM report_state) = 0
BEGIN
    INSERT INTO report_dirty (call_id) VALUES (OLD.id);
END;

CREATE TRIGGER tr_call_attributions_report_insert AFTER INSERT ON call_attributions WHEN (SELECT bulk FROM report_state) = 0
BEGIN
    INSERT INTO report_dirty (call_id) VALUES (NEW.call_id);
END;

CREATE TRIGGER tr_call_attributions_report_update AFTER UPDATE ON call_attributions WHEN (SELECT bulk FROM report_state) = 0
BEGIN
    INSERT INTO report_dirty (call_id) VALUES (OLD.call_id), (NEW.call_id);
END;

CREATE TRIGGER tr_call_attributions_report_delete AFTER DELETE ON call_attributions WHEN (SELECT bulk FROM report_state) = 0
BEGIN
    INSERT INTO report_dirty (call_id) VALUES (OLD.call_id);
END;

-- A caller's first touch is the first-touch key of every call they ever made.
CREATE TRIGGER tr_caller_touches_report_insert AFTER INSERT ON caller_touches WHEN (SELECT bulk FROM report_state) = 0
BEGIN
    INSERT INTO report_dirty (call_id) SELECT id FROM calls WHERE caller_number = NEW.caller_number;
END;

CREATE TRIGGER tr_caller_touches_report_update AFTER UPDATE OF caller_number, first_source, first_channel, first_campaign, first_session_id ON caller_touches
WHEN (SELECT bulk FROM report_state) = 0
BEGIN
    INSERT INTO report_dirty (call_id) SELECT id FROM calls WHERE caller_number IN (OLD.caller_number, NEW.caller_number);
END;

CREATE TRIGGER tr_caller_touches_report_delete AFTER DELETE ON caller_touches WHEN (SELECT bulk FROM report_state) = 0
BEGIN
    INSERT INTO report_dirty (call_id) SELECT id FROM calls WHERE caller_number = OLD.caller_number;
END;

-- Pings never change these; a session's keyword or landing page changing would move its calls to another line.
CREATE TRIGGER tr_tracking_sessions_report_update AFTER UPDATE OF keyword, utm_term, landing_url ON tracking_sessions
WHEN (SELECT bulk FROM report_state) = 0
BEGIN
    INSERT INTO report_dirty (call_id)
    SELECT call_id FROM call_attributions WHERE session_id = NEW.id
    UNION SELECT c.id FROM caller_touches t JOIN calls c ON c.caller_number = t.caller_number WHERE t.first_session_id = NEW.id;
END;

CREATE TRIGGER tr_call_events_rang AFTER INSERT ON call_events
WHEN NEW.kind = 'ManagerRinging' AND json_valid(NEW.detail_json) AND json_extract(NEW.detail_json, '$.endpoint') IS NOT NULL
BEGIN
    INSERT OR IGNORE INTO call_rang_managers (call_id, endpoint) VALUES (NEW.call_id, json_extract(NEW.detail_json, '$.endpoint'));
    UPDATE report_calls SET rang = (SELECT ',' || group_concat(r.endpoint, ',') || ',' FROM call_rang_managers r WHERE r.call_id = NEW.call_id)
    WHERE call_id = NEW.call_id;
END;

-- A call's lines taken out of the daily totals (sign -1) or put in (sign 1), as report_calls and call_tags hold them
-- at that moment: a change to a call is a move out before it and a move in after it. Like report_dirty, always empty.
CREATE TABLE report_moves (call_id TEXT NOT NULL, sign INTEGER NOT NULL) STRICT;

CREATE TRIGGER tr_report_moves AFTER INSERT ON report_moves
BEGIN
    INSERT INTO report_daily
    SELECT dimension, day, key, status, NEW.sign, NEW.sign * is_unique, NEW.sign * is_target, NEW.sign * is_repeat, NEW.sign * is_first_target,
           NEW.sign * is_unique_target, NEW.sign * wait_seconds, NEW.sign * talk_seconds
    FROM report_call_lines WHERE call_id = NEW.call_id
    ON CONFLICT (dimension, day, key, status) DO UPDATE SET calls = calls + excluded.calls, unique_calls = unique_calls + excluded.unique_calls,
        target = target + excluded.target, repeat_calls = repeat_calls + excluded.repeat_calls, first_target = first_target + excluded.first_target,
        unique_target = unique_target + excluded.unique_target, wait_seconds = wait_seconds + excluded.wait_seconds, talk_seconds = talk_seconds + excluded.talk_seconds;
    INSERT INTO report_daily_tags
    SELECT dimension, day, key, category, NEW.sign, NEW.sign * value FROM report_tag_lines WHERE call_id = NEW.call_id
    ON CONFLICT (dimension, day, key, category) DO UPDATE SET tags = tags + excluded.tags, value = value + excluded.value;
    DELETE FROM report_moves WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER tr_report_calls_insert AFTER INSERT ON report_calls WHEN (SELECT bulk FROM report_state) = 0
BEGIN
    INSERT INTO report_moves (call_id, sign) VALUES (NEW.call_id, 1);
END;

CREATE TRIGGER tr_report_calls_before_update BEFORE UPDATE OF arrived_at, day, status, wait_seconds, talk_seconds, is_unique, is_target, is_repeat,
    is_first_target, is_unique_target, manager, source, channel, campaign, keyword, landing_page, first_source, first_channel, first_campaign,
    first_keyword, first_landing_page ON report_calls WHEN (OLD.arrived_at, OLD.day, OLD.status, OLD.wait_seconds, OLD.talk_seconds, OLD.is_unique, OLD.is_target, OLD.is_repeat, OLD.is_first_target, OLD.is_unique_target, OLD.manager, OLD.source, OLD.channel, OLD.campaign, OLD.keyword, OLD.landing_page, OLD.first_source, OLD.first_channel, OLD.first_campaign, OLD.first_keyword, OLD.first_landing_page)
     IS NOT (NEW.arrived_at, NEW.day, NEW.status, NEW.wait_seconds, NEW.talk_seconds, NEW.is_unique, NEW.is_target, NEW.is_repeat, NEW.is_first_target, NEW.is_unique_target, NEW.manager, NEW.source, NEW.channel, NEW.campaign, NEW.keyword, NEW.landing_page, NEW.first_source, NEW.first_channel, NEW.first_campaign, NEW.first_keyword, NEW.first_landing_page)
 AND (SELECT bulk FROM report_state) = 0
BEGIN
    INSERT INTO report_moves (call_id, sign) VALUES (OLD.call_id, -1);
END;

CREATE TRIGGER tr_report_calls_after_update AFTER UPDATE OF arrived_at, day, status, wait_seconds, talk_seconds, is_unique, is_target, is_repeat,
    is_first_target, is_unique_target, manager, source, channel, campaign, keyword, landing_page, first_source, first_channel, first_campaign,
    first_keyword, first_landing_page ON report_calls WHEN (OLD.arrived_at, OLD.day, OLD.status, OLD.wait_seconds, OLD.talk_seconds, OLD.is_unique, OLD.is_target, OLD.is_repeat, OLD.is_first_target, OLD.is_unique_target, OLD.manager, OLD.source, OLD.channel, OLD.campaign, OLD.keyword, OLD.landing_page, OLD.first_source, OLD.first_channel, OLD.first_campaign, OLD.first_keyword, OLD.first_landing_page)
     IS NOT (NEW.arrived_at, NEW.day, NEW.status, NEW.wait_seconds, NEW.talk_seconds, NEW.is_unique, NEW.is_target, NEW.is_repeat, NEW.is_first_target, NEW.is_unique_target, NEW.manager, NEW.source, NEW.channel, NEW.campaign, NEW.keyword, NEW.landing_page, NEW.first_source, NEW.first_channel, NEW.first_campaign, NEW.first_keyword, NEW.first_landing_page)
 AND (SELECT bulk FROM report_state) = 0
BEGIN
    INSERT INTO report_moves (call_id, sign) VALUES (NEW.call_id, 1);
END;

CREATE TRIGGER tr_report_calls_delete BEFORE DELETE ON report_calls WHEN (SELECT bulk FROM report_state) = 0
BEGIN
    INSERT INTO report_moves (call_id, sign) VALUES (OLD.call_id, -1);
END;

-- A tag moves its call's tag-category lines and adds its value to every line of the call.
CREATE TRIGGER tr_call_tags_before_insert BEFORE INSERT ON call_tags WHEN (SELECT bulk FROM report_state) = 0
BEGIN
    INSERT INTO report_moves (call_id, sign) VALUES (NEW.call_id, -1);
END;

CREATE TRIGGER tr_call_tags_after_insert AFTER INSERT ON call_tags WHEN (SELECT bulk FROM report_state) = 0
BEGIN
    INSERT INTO report_moves (call_id, sign) VALUES (NEW.call_id, 1);
END;

CREATE TRIGGER tr_call_tags_before_update BEFORE UPDATE ON call_tags WHEN (SELECT bulk FROM report_state) = 0
BEGIN
    INSERT INTO report_moves (call_id, sign) SELECT DISTINCT column1, -1 FROM (VALUES (OLD.call_id), (NEW.call_id));
END;

CREATE TRIGGER tr_call_tags_after_update AFTER UPDATE ON call_tags WHEN (SELECT bulk FROM report_state) = 0
BEGIN
    INSERT INTO report_moves (call_id, sign) SELECT DISTINCT column1, 1 FROM (VALUES (OLD.call_id), (NEW.call_id));
END;

CREATE TRIGGER tr_call_tags_before_delete BEFORE DELETE ON call_tags WHEN (SELECT bulk FROM report_state) = 0
BEGIN
    INSERT INTO report_moves (call_id, sign) VALUES (OLD.call_id, -1);
END;

CREATE TRIGGER tr_call_tags_after_delete AFTER DELETE ON call_tags WHEN (SELECT bulk FROM report_state) = 0
BEGIN
    INSERT INTO report_moves (call_id, sign) VALUES (OLD.call_id, 1);
END;

-- Existing history, as a rebuild would write it.
INSERT INTO call_rang_managers (call_id, endpoint)
SELECT DISTINCT call_id, json_extract(detail_json, '$.endpoint') FROM call_events
WHERE kind = 'ManagerRinging' AND json_valid(detail_json) AND json_extract(detail_json, '$.endpoint') IS NOT NULL;

UPDATE report_state SET bulk = 1;
INSERT INTO report_calls SELECT * FROM report_call_source;
INSERT INTO report_daily SELECT dimension, day, key, status, COUNT(*), SUM(is_unique), SUM(is_target), SUM(is_repeat), SUM(is_first_target), SUM(is_unique_target), SUM(wait_seconds), SUM(talk_seconds)
FROM report_call_lines WHERE dimension = 'source' GROUP BY day, key, status;
INSERT INTO report_daily SELECT dimension, day, key, status, COUNT(*), SUM(is_unique), SUM(is_target), SUM(is_repeat), SUM(is_first_target), SUM(is_unique_target), SUM(wait_seconds), SUM(talk_seconds)
FROM report_call_lines WHERE dimension = 'channel' GROUP BY day, key, status;
INSERT INTO report_daily SELECT dimension, day, key, status, COUNT(*), SUM(is_unique), SUM(is_target), SUM(is_repeat), SUM(is_first_target), SUM(is_unique_target), SUM(wait_seconds), SUM(talk_seconds)
FROM report_call_lines WHERE dimension = 'campaign' GROUP BY day, key, status;
INSERT INTO report_daily SELECT dimension, day, key, status, COUNT(*), SUM(is_unique), SUM(is_target), SUM(is_repeat), SUM(is_first_target), SUM(is_unique_target), SUM(wait_seconds), SUM(talk_seconds)
FROM report_call_lines WHERE dimension = 'keyword' GROUP BY day, key, status;
INSERT INTO report_daily SELECT dimension, day, key, status, COUNT(*), SUM(is_unique), SUM(is_target), SUM(is_repeat), SUM(is_first_target), SUM(is_unique_target), SUM(wait_seconds), SUM(talk_seconds)
FROM report_call_lines WHERE dimension = 'landing-page' GROUP BY day, key, status;
INSERT INTO report_daily SELECT dimension, day, key, status, COUNT(*), SUM(is_unique), SUM(is_target), SUM(is_repeat), SUM(is_first_target), SUM(is_unique_target), SUM(wait_seconds), SUM(talk_seconds)
FROM report_call_lines WHERE dimension = 'manager' GROUP BY day, key, status;
INSERT INTO report_daily SELECT dimension, day, key, status, COUNT(*), SUM(is_unique), SUM(is_target), SUM(is_repeat), SUM(is_first_target), SUM(is_unique_target), SUM(wait_seconds), SUM(talk_seconds)
FROM report_call_lines WHERE dimension = 'first:source' GROUP BY day, key, status;
INSERT INTO report_daily SELECT dimension, day, key, status, COUNT(*), SUM(is_unique), SUM(is_target), SUM(is_repeat), SUM(is_first_target), SUM(is_unique_target), SUM(wait_seconds), SUM(talk_seconds)
FROM report_call_lines WHERE dimension = 'first:channel' GROUP BY day, key, status;
INSERT INTO report_daily SELECT dimension, day, key, status, COUNT(*), SUM(is_unique), SUM(is_target), SUM(is_repeat), SUM(is_first_target), SUM(is_unique_target), SUM(wait_seconds), SUM(talk_seconds)
FROM report_call_lines WHERE dimension = 'first:campaign' GROUP BY day, key, status;
INSERT INTO report_daily SELECT dimension, day, key, status, COUNT(*), SUM(is_unique), SUM(is_target), SUM(is_repeat), SUM(is_first_target), SUM(is_unique_target), SUM(wait_seconds), SUM(talk_seconds)
FROM report_call_lines WHERE dimension = 'first:keyword' GROUP BY day, key, status;
INSERT INTO report_daily SELECT dimension, day, key, status, COUNT(*), SUM(is_unique), SUM(is_target), SUM(is_repeat), SUM(is_first_target), SUM(is_unique_target), SUM(wait_seconds), SUM(talk_seconds)
FROM report_call_lines WHERE dimension = 'first:landing-page' GROUP BY day, key, status;
INSERT INTO report_daily SELECT dimension, day, key, status, COUNT(*), SUM(is_unique), SUM(is_target), SUM(is_repeat), SUM(is_first_target), SUM(is_unique_target), SUM(wait_seconds), SUM(talk_seconds)
FROM report_call_lines WHERE dimension = 'tag-category' GROUP BY day, key, status;
INSERT INTO report_daily_tags SELECT dimension, day, key, category, COUNT(*), SUM(value) FROM report_tag_lines WHERE dimension = 'source' GROUP BY day, key, category;
INSERT INTO report_daily_tags SELECT dimension, day, key, category, COUNT(*), SUM(value) FROM report_tag_lines WHERE dimension = 'channel' GROUP BY day, key, category;
INSERT INTO report_daily_tags SELECT dimension, day, key, category, COUNT(*), SUM(value) FROM report_tag_lines WHERE dimension = 'campaign' GROUP BY day, key, category;
INSERT INTO report_daily_tags SELECT dimension, day, key, category, COUNT(*), SUM(value) FROM report_tag_lines WHERE dimension = 'keyword' GROUP BY day, key, category;
INSERT INTO report_daily_tags SELECT dimension, day, key, category, COUNT(*), SUM(value) FROM report_tag_lines WHERE dimension = 'landing-page' GROUP BY day, key, category;
INSERT INTO report_daily_tags SELECT dimension, day, key, category, COUNT(*), SUM(value) FROM report_tag_lines WHERE dimension = 'manager' GROUP BY day, key, category;
INSERT INTO report_daily_tags SELECT dimension, day, key, category, COUNT(*), SUM(value) FROM report_tag_lines WHERE dimension = 'first:source' GROUP BY day, key, category;
INSERT INTO report_daily_tags SELECT dimension, day, key, category, COUNT(*), SUM(value) FROM report_tag_lines WHERE dimension = 'first:channel' GROUP BY day, key, category;
INSERT INTO report_daily_tags SELECT dimension, day, key, category, COUNT(*), SUM(value) FROM report_tag_lines WHERE dimension = 'first:campaign' GROUP BY day, key, category;
INSERT INTO report_daily_tags SELECT dimension, day, key, category, COUNT(*), SUM(value) FROM report_tag_lines WHERE dimension = 'first:keyword' GROUP BY day, key, category;
INSERT INTO report_daily_tags SELECT dimension, day, key, category, COUNT(*), SUM(value) FROM report_tag_lines WHERE dimension = 'first:landing-page' GROUP BY day, key, category;
INSERT INTO report_daily_tags SELECT dimension, day, key, category, COUNT(*), SUM(value) FROM report_tag_lines WHERE dimension = 'tag-category' GROUP BY day, key, category;
UPDATE report_state SET bulk = 0;
