-- Whether an article's claims were extracted when its text was stored. An
-- article stored without (ingest --no-extract) that has no claims at all is
-- extracted by the next ingest that reads it; one with curated claims is
-- left to them. Articles stored before this column existed count as
-- extracted when they have claims; those without any are read again, so
-- that an article once stored in a language claimdiff had no data for gets
-- its claims.
ALTER TABLE articles ADD COLUMN extracted INTEGER NOT NULL DEFAULT 0;
UPDATE articles SET extracted = 1
	WHERE sha256 IS NOT NULL AND EXISTS (SELECT 1 FROM claims c WHERE c.article_id = articles.id);
