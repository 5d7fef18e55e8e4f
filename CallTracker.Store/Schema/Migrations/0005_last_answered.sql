-- Who answered each caller last, which the sticky ring strategy reads once at start-up. Only answered calls, grouped
-- by caller, with every column that read needs: it walks this index and never the table (0.1 s instead of 3 s for
-- 300,000 calls).
CREATE INDEX ix_calls_caller_answered ON calls (caller_number, answered_at, answered_by, direction) WHERE answered_by IS NOT NULL;
