-- A claim that runs for years collects more parties and status changes than a bounded column
-- holds; a board row must never stop its projection.
alter table rm_claim alter column alleged_by set data type varchar;
alter table rm_claim alter column denied_by set data type varchar;
alter table rm_claim alter column status_path set data type varchar;
