-- An ingest looks every article up by the digest of its text. The columns
-- it reads (whether it was extracted, its date, story, URL, title and
-- outlet) stand in the row after the text, which a lookup would read
-- through: this index holds them, so that the lookup never touches the
-- article's text.
CREATE INDEX articles_by_text ON articles (sha256, id, key, extracted, published, story, url, title, outlet_id);
