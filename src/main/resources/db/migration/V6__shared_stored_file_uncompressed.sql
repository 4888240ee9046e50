-- Uploaded files are stored out of line but not compressed: pglz on a 10 MB import file costs a
-- second of CPU on every write and read, and the spreadsheets it would shrink are small anyway.
alter table stored_file alter column content set storage external;
