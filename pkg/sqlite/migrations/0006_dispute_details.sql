-- The summaries of a part's disputes apart from their details: every
-- conflicts reads every summary, and reads them packed together rather than
-- among the far larger details. Both are caches: they start empty.
DROP TABLE dispute_cache;

CREATE TABLE dispute_summaries (
	part    TEXT PRIMARY KEY,
	options TEXT NOT NULL,
	summary BLOB NOT NULL
);

CREATE TABLE dispute_details (
	part    TEXT PRIMARY KEY,
	options TEXT NOT NULL,
	detail  BLOB NOT NULL
);
