-- STRICT makes SQLite reject a value of the wrong storage type instead of silently keeping it.
-- Times are unix milliseconds, UTC.

CREATE TABLE calls (
    id              TEXT    NOT NULL PRIMARY KEY,
    channel_id      TEXT    NOT NULL,
    tracking_number TEXT    NOT NULL,
    caller_number   TEXT    NOT NULL,
    caller_name     TEXT    NULL,
    route_name      TEXT    NOT NULL,
    arrived_at      INTEGER NOT NULL,
    answered_at     INTEGER NULL,
    ended_at        INTEGER NULL,
    wait_seconds    INTEGER NOT NULL DEFAULT 0,
    talk_seconds    INTEGER NOT NULL DEFAULT 0,
    status          TEXT    NOT NULL,
    answered_by     TEXT    NULL
) STRICT;

CREATE INDEX ix_calls_arrived_at ON calls (arrived_at);
CREATE INDEX ix_calls_caller_number ON calls (caller_number);
CREATE INDEX ix_calls_tracking_number ON calls (tracking_number);

CREATE TABLE call_events (
    id          INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    call_id     TEXT    NOT NULL REFERENCES calls (id),
    at          INTEGER NOT NULL,
    kind        TEXT    NOT NULL,
    detail_json TEXT    NULL
) STRICT;

CREATE INDEX ix_call_events_call_id ON call_events (call_id);

CREATE TABLE managers (
    endpoint TEXT NOT NULL PRIMARY KEY,
    name     TEXT NOT NULL
) STRICT;
