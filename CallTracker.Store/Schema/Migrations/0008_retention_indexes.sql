-- Indexes for the hourly retention purge, which otherwise reads every session and every call event to find the old
-- ones, and for finding a call by its Asterisk channel (the stranded-channel sweep after a reconnect), which read every
-- call.
-- CallTracker.Tests checks with EXPLAIN QUERY PLAN that each purge statement searches an index.
CREATE INDEX ix_tracking_sessions_last_seen_at ON tracking_sessions (last_seen_at);
CREATE INDEX ix_call_events_at ON call_events (at);
-- arrived_at and id as well, so the newest call on a channel comes straight from the index without a sort.
CREATE INDEX ix_calls_channel_id ON calls (channel_id, arrived_at, id);
