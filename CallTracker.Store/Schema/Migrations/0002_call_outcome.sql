-- What the voice menus, schedules, voicemail and recording add to a call.
ALTER TABLE calls ADD COLUMN off_hours INTEGER NOT NULL DEFAULT 0;
ALTER TABLE calls ADD COLUMN ivr_listened_seconds INTEGER NULL;
ALTER TABLE calls ADD COLUMN voicemail_path TEXT NULL;
ALTER TABLE calls ADD COLUMN voicemail_seconds INTEGER NULL;
ALTER TABLE calls ADD COLUMN recording_path TEXT NULL;
ALTER TABLE calls ADD COLUMN recording_seconds INTEGER NULL;

CREATE INDEX ix_calls_status ON calls (status);

-- Post-call tags the manager enters on the keypad; a call may carry several.
CREATE TABLE call_tags (
    id              INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    call_id         TEXT    NOT NULL REFERENCES calls (id),
    category_code   TEXT    NOT NULL,
    category_name   TEXT    NOT NULL,
    value           INTEGER NOT NULL,
    value_defaulted INTEGER NOT NULL,
    tagged_by       TEXT    NOT NULL,
    tagged_at       INTEGER NOT NULL
) STRICT;

CREATE INDEX ix_call_tags_call_id ON call_tags (call_id);
