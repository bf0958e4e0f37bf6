-- Corrections of an article's metadata: an ingest of an article already
-- stored, with other metadata (outlet, date, URL, title, story), updates
-- the article without extracting it again, and records each change here.
CREATE TABLE article_changes (
	id         INTEGER PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	field      TEXT NOT NULL,
	old        TEXT,
	new        TEXT,
	run_id     INTEGER REFERENCES ingest_runs(id)
);
