-- Call types, decided when a call ends (NULL until then) and recomputed for the whole history after a config change;
-- and the call's direction, so reports can set outgoing calls apart.
ALTER TABLE calls ADD COLUMN direction TEXT NOT NULL DEFAULT 'Inbound';
ALTER TABLE calls ADD COLUMN is_unique INTEGER NULL;
ALTER TABLE calls ADD COLUMN is_target INTEGER NULL;
ALTER TABLE calls ADD COLUMN is_repeat INTEGER NULL;
ALTER TABLE calls ADD COLUMN is_first_target INTEGER NULL;
ALTER TABLE calls ADD COLUMN is_unique_target INTEGER NULL;

-- A caller's history, which every call type looks back through.
CREATE INDEX ix_calls_caller_arrived ON calls (caller_number, arrived_at);

-- Reports group by these.
CREATE INDEX ix_call_attributions_source ON call_attributions (source);
CREATE INDEX ix_call_tags_category ON call_tags (category_code, call_id);
CREATE INDEX ix_call_tags_tagged_at ON call_tags (tagged_at);
