-- The running sums a claim's status is derived from, kept on its board row so that a new
-- allegation, denial, piece of evidence, statement or assessment moves the row on without
-- refolding the claim. Rows written before this column have none and are refolded once.
alter table rm_claim add column tally varchar(100);
