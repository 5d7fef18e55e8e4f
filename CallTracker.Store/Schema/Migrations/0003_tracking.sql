-- Number tracking: web visits (sessions), the pool numbers they held, and where each call came from.
-- Numbers are stored as digits only. Times are unix milliseconds, UTC.

CREATE TABLE tracking_sessions (
    id           TEXT    NOT NULL PRIMARY KEY,
    site         TEXT    NOT NULL,
    visitor_id   TEXT    NOT NULL,
    started_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    landing_url  TEXT    NOT NULL,
    current_page TEXT    NOT NULL,
    referrer     TEXT    NULL,
    utm_source   TEXT    NULL,
    utm_medium   TEXT    NULL,
    utm_campaign TEXT    NULL,
    utm_content  TEXT    NULL,
    utm_term     TEXT    NULL,
    keyword      TEXT    NULL,
    device       TEXT    NULL,
    country      TEXT    NULL,
    -- Derived at arrival from the parameters above, so reports group without re-deriving.
    channel      TEXT    NOT NULL,
    source       TEXT    NOT NULL,
    -- The number the visitor is shown now, and why: Pool, Static, Default or Overflow.
    number       TEXT    NOT NULL,
    number_kind  TEXT    NOT NULL,
    pool         TEXT    NULL
) STRICT;

CREATE INDEX ix_tracking_sessions_visitor ON tracking_sessions (site, visitor_id);
CREATE INDEX ix_tracking_sessions_pool_kind ON tracking_sessions (pool, number_kind);

CREATE TABLE tracking_session_pages (
    id         INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    session_id TEXT    NOT NULL REFERENCES tracking_sessions (id),
    at         INTEGER NOT NULL,
    url        TEXT    NOT NULL
) STRICT;

CREATE INDEX ix_tracking_session_pages_session_id ON tracking_session_pages (session_id);

-- A pool number held by a session from from_at to to_at; to_at is the last activity plus the hold time,
-- so it moves forward with every ping and a call between the two times belongs to the session.
CREATE TABLE tracking_number_assignments (
    id         INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    session_id TEXT    NOT NULL REFERENCES tracking_sessions (id),
    pool       TEXT    NOT NULL,
    number     TEXT    NOT NULL,
    from_at    INTEGER NOT NULL,
    to_at      INTEGER NOT NULL
) STRICT;

CREATE INDEX ix_tracking_number_assignments_number ON tracking_number_assignments (number, to_at);
CREATE INDEX ix_tracking_number_assignments_session ON tracking_number_assignments (session_id, number);
CREATE INDEX ix_tracking_number_assignments_to_at ON tracking_number_assignments (to_at);

CREATE TABLE call_attributions (
    call_id         TEXT    NOT NULL PRIMARY KEY REFERENCES calls (id),
    tracking_number TEXT    NOT NULL,
    reason          TEXT    NOT NULL,
    site            TEXT    NULL,
    session_id      TEXT    NULL REFERENCES tracking_sessions (id),
    visitor_id      TEXT    NULL,
    source          TEXT    NULL,
    channel         TEXT    NULL,
    campaign        TEXT    NULL,
    candidates      INTEGER NOT NULL,
    attributed_at   INTEGER NOT NULL
) STRICT;

CREATE INDEX ix_call_attributions_session_id ON call_attributions (session_id);

-- First and latest known source of each caller, for first-touch and last-touch reports.
CREATE TABLE caller_touches (
    caller_number    TEXT    NOT NULL PRIMARY KEY,
    first_call_id    TEXT    NOT NULL,
    first_at         INTEGER NOT NULL,
    first_source     TEXT    NOT NULL,
    first_channel    TEXT    NOT NULL,
    first_campaign   TEXT    NULL,
    first_session_id TEXT    NULL,
    last_call_id     TEXT    NOT NULL,
    last_at          INTEGER NOT NULL,
    last_source      TEXT    NOT NULL,
    last_channel     TEXT    NOT NULL,
    last_campaign    TEXT    NULL,
    last_session_id  TEXT    NULL
) STRICT;
