-- Extracted claims that a curated claim replaced: a hand-checked claim on
-- the same figure of the same article (the same span, or the same value in
-- the same quote) takes the extracted one's place. The replaced claim is
-- kept here as its claim record, so that what a person changed can be seen,
-- and its fingerprint stops extraction from ever storing it again.
CREATE TABLE replaced_claims (
	id          INTEGER PRIMARY KEY,
	article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	fingerprint TEXT NOT NULL,
	by_claim    INTEGER REFERENCES claims(id) ON DELETE SET NULL,
	record      TEXT NOT NULL,
	run_id      INTEGER REFERENCES ingest_runs(id),
	UNIQUE (article_id, fingerprint)
);
