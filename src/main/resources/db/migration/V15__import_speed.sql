-- Imports look up the records of a batch of 500 rows at once (external_id in (…) within a source and kind). H2 uses
-- an index for an IN list only when the list's column leads the index, and otherwise reads every record ever
-- imported for each batch; with external_id first, both H2 and PostgreSQL probe the key once an id.
alter table import_record drop constraint import_record_pk;
alter table import_record add constraint import_record_pk primary key (external_id, source, kind);
