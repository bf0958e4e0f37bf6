-- The first schema: outlets, sources and their aliases, articles, claims and
-- the ingest runs that stored them.

CREATE TABLE outlets (
	id   INTEGER PRIMARY KEY,
	name TEXT NOT NULL UNIQUE
);

CREATE TABLE sources (
	id   INTEGER PRIMARY KEY,
	name TEXT NOT NULL UNIQUE,
	kind TEXT NOT NULL CHECK (kind IN ('official','military','intelligence','media','anonymous','agency','other'))
);

-- Names under which a source was printed ("Selenskyj", "Zelenskyy").
CREATE TABLE source_aliases (
	alias     TEXT NOT NULL,
	source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
	PRIMARY KEY (alias, source_id)
);

CREATE TABLE ingest_runs (
	id          INTEGER PRIMARY KEY,
	command     TEXT NOT NULL,        -- ingest, import
	started_at  TEXT NOT NULL,
	finished_at TEXT,
	articles    INTEGER NOT NULL DEFAULT 0, -- stored
	skipped     INTEGER NOT NULL DEFAULT 0, -- already stored
	claims      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE articles (
	id        INTEGER PRIMARY KEY,
	key       TEXT NOT NULL UNIQUE,  -- file name, else URL
	url       TEXT,
	title     TEXT,
	outlet_id INTEGER REFERENCES outlets(id),
	published TEXT,                  -- YYYY-MM-DD
	language  TEXT,
	-- SHA-256 of the normalized text; NULL for an article known only from
	-- imported claims, whose text has not been ingested yet.
	sha256    TEXT UNIQUE,
	text      TEXT NOT NULL DEFAULT '',
	run_id    INTEGER REFERENCES ingest_runs(id)
);

CREATE TABLE claims (
	id                INTEGER PRIMARY KEY,
	article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	quote             TEXT NOT NULL,
	raw               TEXT NOT NULL,
	qualifier         TEXT NOT NULL CHECK (qualifier IN ('exact','approx','nearly','at_least','more_than','at_most','less_than','range','vague')),
	value             REAL NOT NULL,
	value2            REAL,
	low               REAL,
	high              REAL,
	metric            TEXT NOT NULL CHECK (metric IN ('troops','killed','wounded','casualties','captured','missing','other')),
	subject           TEXT NOT NULL,
	location          TEXT,
	source_id         INTEGER NOT NULL REFERENCES sources(id),
	source_kind       TEXT NOT NULL CHECK (source_kind IN ('official','military','intelligence','media','anonymous','agency','other')),
	via               TEXT,
	period            TEXT,
	source_alts       TEXT,          -- JSON list, from gold files
	stated_on         TEXT,          -- YYYY-MM-DD
	span_start        INTEGER NOT NULL DEFAULT 0,
	span_end          INTEGER NOT NULL DEFAULT 0,
	extractor         TEXT NOT NULL DEFAULT '',
	extractor_version TEXT NOT NULL DEFAULT '',
	review            TEXT NOT NULL DEFAULT 'unreviewed' CHECK (review IN ('unreviewed','curated','accepted','rejected')),
	-- A digest of the claim's content: the same claim stored twice is one row.
	fingerprint       TEXT NOT NULL,
	run_id            INTEGER REFERENCES ingest_runs(id),
	UNIQUE (article_id, fingerprint),
	CHECK (low IS NULL OR high IS NULL OR low <= high),
	CHECK (span_start >= 0 AND span_end >= span_start)
);

CREATE INDEX claims_quantity ON claims (subject, metric, location);
CREATE INDEX claims_stated_on ON claims (stated_on);
CREATE INDEX claims_source ON claims (source_id);
