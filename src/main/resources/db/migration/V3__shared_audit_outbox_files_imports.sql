create table audit_entry (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    at              timestamptz not null default now(),
    actor_user_id   bigint,
    actor_name      text        not null,
    entity_type     text        not null,
    entity_id       bigint      not null,
    action          text        not null,
    changes         jsonb       not null default '{}'
);
create index audit_entry_entity on audit_entry (organization_id, entity_type, entity_id, id desc);
create index audit_entry_org on audit_entry (organization_id, id desc);

create table stored_file (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    name            text        not null,
    content_type    text        not null,
    size_bytes      bigint      not null,
    content         bytea       not null,
    created_by      bigint,
    created_at      timestamptz not null default now()
);

-- Outgoing mail waits here until the sender job delivers it, so a restart loses nothing.
create table mail_outbox (
    id                      bigint generated always as identity primary key,
    organization_id         bigint references organization (id),
    recipient               text        not null,
    subject                 text        not null,
    body_text               text        not null,
    body_html               text,
    attachment_name         text,
    attachment_content_type text,
    attachment              bytea,
    status                  text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts                int         not null default 0,
    next_attempt_at         timestamptz not null default now(),
    last_error              text,
    created_at              timestamptz not null default now(),
    sent_at                 timestamptz
);
create index mail_outbox_due on mail_outbox (next_attempt_at) where status = 'PENDING';
create index mail_outbox_org on mail_outbox (organization_id, id desc);

create table import_job (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    kind            text        not null,
    file_id         bigint      not null references stored_file (id),
    file_name       text        not null,
    status          text        not null check (status in ('CHECKING', 'CHECKED', 'REJECTED', 'APPLYING', 'APPLIED', 'FAILED')),
    total_rows      int         not null default 0,
    processed_rows  int         not null default 0,
    creates         int         not null default 0,
    updates         int         not null default 0,
    unchanged       int         not null default 0,
    error_count     int         not null default 0,
    errors          jsonb       not null default '[]',
    preview         jsonb       not null default '[]',
    message         text,
    created_by      bigint,
    created_at      timestamptz not null default now(),
    finished_at     timestamptz,
    version         int         not null default 0
);
create index import_job_org on import_job (organization_id, id desc);

create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
