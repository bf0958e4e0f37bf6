-- The comparable claims of a part as one blob (see PartClaims), up to the
-- claim with ID through: the part's claims are these and those added since.
CREATE TABLE part_claims (
	part    TEXT PRIMARY KEY,
	through INTEGER NOT NULL,
	data    BLOB NOT NULL
);
