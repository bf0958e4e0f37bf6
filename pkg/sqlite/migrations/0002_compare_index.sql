-- The comparison reads every claim a subject at a time. This index holds
-- the columns it needs in that order, so the read is one pass over the
-- index and never a lookup into the table (whose rows carry the quotes).
-- It replaces claims_quantity, whose columns it starts with.
CREATE INDEX claims_compare ON claims (subject, metric, location, id, article_id, source_id, qualifier, value, value2,
	low, high, source_kind, period, stated_on);
DROP INDEX claims_quantity;
