-- Parts: the comparison finds disputes a part of the store at a time (a
-- subject, the outermost place of the location, a class of metric; see
-- compare.PartOf), and keeps what it found per part until a claim of that
-- part is added.
ALTER TABLE claims ADD COLUMN part TEXT NOT NULL DEFAULT '';

DROP INDEX claims_compare;
CREATE INDEX claims_compare ON claims (part, id, article_id, source_id, qualifier, value, value2, low, high, metric,
	subject, location, source_kind, period, stated_on);

-- How many claims each part holds.
CREATE TABLE parts (
	part   TEXT PRIMARY KEY,
	claims INTEGER NOT NULL
) WITHOUT ROWID;

-- The disputes found in a part under some comparison options: a summary
-- for tables, and the claims and pairs of each dispute for the rest.
CREATE TABLE dispute_cache (
	part    TEXT PRIMARY KEY,
	options TEXT NOT NULL,
	summary BLOB NOT NULL,
	detail  BLOB NOT NULL
);

-- Settings of the store, such as the scheme its parts were computed by.
CREATE TABLE store_meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
) WITHOUT ROWID;
