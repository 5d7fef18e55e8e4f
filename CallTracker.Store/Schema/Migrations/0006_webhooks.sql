-- Webhooks: each call moment published (webhook_events), written in the same transaction as its call_events row,
-- and one delivery per subscribed endpoint, which the delivery worker posts until the receiver takes it or it is
-- given up. Times are unix milliseconds, UTC. No foreign key to calls: an event outlives nothing it points at.

CREATE TABLE webhook_events (
    id           TEXT    NOT NULL PRIMARY KEY,
    call_id      TEXT    NOT NULL,
    type         TEXT    NOT NULL,
    occurred_at  INTEGER NOT NULL,
    payload_json TEXT    NOT NULL
) STRICT;

CREATE INDEX ix_webhook_events_call_id ON webhook_events (call_id);
CREATE INDEX ix_webhook_events_occurred_at ON webhook_events (occurred_at);

CREATE TABLE webhook_deliveries (
    id              INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    event_id        TEXT    NOT NULL REFERENCES webhook_events (id),
    -- The event's call, kept here too: a call's next delivery to an endpoint waits while an earlier one is pending.
    call_id         TEXT    NOT NULL,
    endpoint        TEXT    NOT NULL,
    -- Pending, Delivered or Failed (given up).
    state           TEXT    NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL,
    -- Set while a post is in flight, so no second pass picks the delivery up; cleared at start-up.
    leased_until    INTEGER NULL,
    last_attempt_at INTEGER NULL,
    last_status     INTEGER NULL,
    last_error      TEXT    NULL,
    finished_at     INTEGER NULL
) STRICT;

CREATE INDEX ix_webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE state = 'Pending';
CREATE INDEX ix_webhook_deliveries_call_order ON webhook_deliveries (endpoint, call_id, id) WHERE state = 'Pending';
CREATE INDEX ix_webhook_deliveries_state ON webhook_deliveries (state, finished_at);
CREATE INDEX ix_webhook_deliveries_event_id ON webhook_deliveries (event_id);
