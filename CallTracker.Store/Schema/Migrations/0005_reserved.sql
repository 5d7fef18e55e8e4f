-- Number 0005 is taken by a change developed beside the webhooks (0006); this file only keeps the numbers without a
-- gap until that change lands, and is dropped in favour of it then.
SELECT 1;
