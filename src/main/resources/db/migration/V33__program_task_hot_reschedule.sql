-- Rescheduling rewrites the planned dates of thousands of tasks at once. With no index on the dates
-- and free room on each page, PostgreSQL updates those rows in place (HOT) instead of adding an
-- entry to every index for every row: measured 3-4x faster for 4,500 moved tasks. The lists that
-- sort by deadline read the open tasks of one owner (or organisation) and sort them.
drop index if exists program_task_owner;
drop index if exists program_task_open_due;
create index program_task_open_owner on program_task (organization_id, owner_person_id) where status in ('NOT_STARTED', 'IN_PROGRESS');
create index program_task_open on program_task (organization_id, program_id) where status in ('NOT_STARTED', 'IN_PROGRESS');
alter table program_task set (fillfactor = 70);
