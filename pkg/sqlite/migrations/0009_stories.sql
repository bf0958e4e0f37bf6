-- Stories: the articles that tell one event, perhaps by several outlets over
-- several days. Claims are compared only within a story: each claim keeps
-- its article's story, and its part of the store (compare.PartOf) starts
-- with it. A claim that names no place is compared under its story's place.
-- Articles stored before stories existed stay in the story '' together,
-- compared as they were, until they are grouped.
CREATE TABLE stories (
	key   TEXT PRIMARY KEY,
	place TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

ALTER TABLE articles ADD COLUMN story TEXT NOT NULL DEFAULT '';
ALTER TABLE claims ADD COLUMN story TEXT NOT NULL DEFAULT '';
CREATE INDEX articles_story ON articles (story);

DROP INDEX claims_compare;
CREATE INDEX claims_compare ON claims (part, id, article_id, source_id, qualifier, value, value2, low, high, metric,
	subject, location, source_kind, period, stated_on, story);
