-- Problems opened by another module's check (e.g. an integration not verified in time) carry the
-- source's key, so the same source never has two open problems at once.
alter table problem add column source_key text check (source_key is null or length(source_key) <= 100);
create unique index problem_open_source on problem (organization_id, source_key)
    where source_key is not null and status in ('NEW', 'IN_PROGRESS', 'WAITING_FOR_REPORTER');
