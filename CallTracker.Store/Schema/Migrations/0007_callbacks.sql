-- Callbacks a site's visitor asked for, kept until they are done so a restart loses none, with each attempt's call.
-- Phones are digits only. Times are unix milliseconds, UTC.
CREATE TABLE callbacks (
    id              TEXT    NOT NULL PRIMARY KEY,
    site            TEXT    NOT NULL,
    phone           TEXT    NOT NULL,
    session_id      TEXT    NULL,
    route           TEXT    NOT NULL,
    -- Pending (waiting for its next attempt), Calling, Connected or Failed (out of attempts).
    state           TEXT    NOT NULL,
    -- The last attempt's call status, e.g. CallbackClientBusy; NULL before the first attempt ends.
    status          TEXT    NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    requested_at    INTEGER NOT NULL,
    next_attempt_at INTEGER NULL,
    updated_at      INTEGER NOT NULL
) STRICT;

CREATE INDEX ix_callbacks_due ON callbacks (state, next_attempt_at);

-- No reference to calls: the attempt is stored before the journal writes its call.
CREATE TABLE callback_attempts (
    callback_id TEXT    NOT NULL REFERENCES callbacks (id),
    attempt     INTEGER NOT NULL,
    call_id     TEXT    NOT NULL,
    started_at  INTEGER NOT NULL,
    ended_at    INTEGER NULL,
    status      TEXT    NULL,
    PRIMARY KEY (callback_id, attempt)
) STRICT;

-- Outgoing calls keep the number the manager dialled in tracking_number: a later call from that number looks back
-- through them to know the client is not new.
CREATE INDEX ix_calls_outbound_dialled ON calls (tracking_number, arrived_at) WHERE direction = 'Outbound';
