-- The key a task came with from an imported plan file, so importing the file again updates the same
-- task instead of adding it twice (tasks made in Uptake are keyed by their number).
alter table program_task add column external_key text check (length(external_key) between 1 and 100);
create unique index program_task_external_key on program_task (program_id, external_key) where external_key is not null;
