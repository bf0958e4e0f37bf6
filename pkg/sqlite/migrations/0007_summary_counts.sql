-- What the kept disputes of a part were found among: how many claims, up
-- to which ID. A part whose count has grown since is compared again, and
-- only in the quantities its new claims touch.
ALTER TABLE dispute_summaries ADD COLUMN claims INTEGER NOT NULL DEFAULT -1;
ALTER TABLE dispute_summaries ADD COLUMN through INTEGER NOT NULL DEFAULT 0;
