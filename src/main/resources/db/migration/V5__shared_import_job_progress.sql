-- What the preview and the progress bar of an import show, and how a stalled apply is noticed:
-- the job row is the only place its state lives, so any node can answer the polling page.
alter table import_job
    add column created_by_name    text not null default '',
    add column file_format        text,
    add column encoding           text,
    add column separator          text,
    add column phase              text,
    add column started_at         timestamptz,
    add column heartbeat_at       timestamptz,
    add column problems_truncated boolean not null default false;
create index import_job_applying on import_job (heartbeat_at) where status = 'APPLYING';
create index import_job_file on import_job (file_id);

alter table stored_file
    add constraint stored_file_size check (size_bytes >= 0 and size_bytes <= 104857600),
    add constraint stored_file_content_type check (length(content_type) between 1 and 200);
create index stored_file_org on stored_file (organization_id, id desc);
