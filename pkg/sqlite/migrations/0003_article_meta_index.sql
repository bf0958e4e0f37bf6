-- The comparison reads every article's key, outlet and date, and not its
-- text: this index holds them, so that the read never touches the long
-- rows of the articles table.
CREATE INDEX articles_meta ON articles (id, key, outlet_id, published);
