-- The problem log (issue 6, item 1): what employees and the team report while a change lands,
-- who owns it, how long it may take (SLA by severity), how it ended, and the FAQ it teaches.

-- SLA hours by severity: one row for the organisation (program_id null) and optional rows per program.
create table problem_sla (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    program_id      bigint references program (id) on delete cascade,
    critical_hours  int         not null check (critical_hours between 1 and 8760),
    high_hours      int         not null check (high_hours between 1 and 8760),
    medium_hours    int         not null check (medium_hours between 1 and 8760),
    low_hours       int         not null check (low_hours between 1 and 8760),
    version         int         not null default 0,
    updated_at      timestamptz not null default now()
);
create unique index problem_sla_scope on problem_sla (organization_id, coalesce(program_id, 0));

create table faq_entry (
    id                bigint generated always as identity primary key,
    organization_id   bigint      not null references organization (id),
    question          text        not null check (length(question) between 1 and 500),
    answer            text        not null check (length(answer) between 1 and 8000),
    published         boolean     not null default true,
    source_problem_id bigint,
    version           int         not null default 0,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);
create index faq_entry_org on faq_entry (organization_id, published, id);

create table problem (
    id                 bigint generated always as identity primary key,
    organization_id    bigint      not null references organization (id),
    program_id         bigint references program (id) on delete set null,
    type               text        not null check (type in ('TECHNICAL_ERROR', 'RESISTANCE', 'TRAINING_MATERIAL',
                                       'INTEGRATION_FAILURE', 'QUESTION', 'REQUEST')),
    severity           text        not null check (severity in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    status             text        not null default 'NEW' check (status in ('NEW', 'IN_PROGRESS', 'WAITING_FOR_REPORTER',
                                       'RESOLVED', 'CLOSED', 'DUPLICATE')),
    title              text        not null check (length(title) between 1 and 200),
    description        text check (description is null or length(description) <= 8000),
    unit_id            bigint references unit (id),
    reporter_person_id bigint references person (id),
    reporter_name      text        not null,
    owner_person_id    bigint references person (id),
    resolution         text check (resolution is null or length(resolution) <= 8000),
    material_name      text check (material_name is null or length(material_name) <= 200),
    material_version   text check (material_version is null or length(material_version) <= 50),
    revision_task_id   bigint references program_task (id) on delete set null,
    finding_id         bigint references rollout_finding (id) on delete set null,
    task_id            bigint references program_task (id) on delete set null,
    duplicate_of_id    bigint references problem (id),
    faq_id             bigint references faq_entry (id) on delete set null,
    sla_hours          int         not null,
    sla_due_at         timestamptz not null,
    paused_at          timestamptz,
    paused_minutes     int         not null default 0,
    resolved_at        timestamptz,
    closed_at          timestamptz,
    created_by         bigint,
    version            int         not null default 0,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    check (type <> 'TRAINING_MATERIAL' or (material_name is not null and material_version is not null)),
    check (duplicate_of_id is null or duplicate_of_id <> id)
);
-- The list: newest first, optionally by status; filters narrow within the organisation.
create index problem_org on problem (organization_id, id desc);
create index problem_org_status on problem (organization_id, status, id desc);
create index problem_reporter on problem (reporter_person_id, id desc);
create index problem_owner on problem (owner_person_id, id desc) where owner_person_id is not null;
create index problem_unit on problem (unit_id, id desc);
-- Open critical problems per program: what the readiness gate asks for.
create index problem_open_critical on problem (program_id, unit_id)
    where severity = 'CRITICAL' and status in ('NEW', 'IN_PROGRESS', 'WAITING_FOR_REPORTER');
create index problem_duplicate_of on problem (duplicate_of_id) where duplicate_of_id is not null;
create index problem_faq on problem (faq_id) where faq_id is not null;
create index problem_search on problem using gin (lower(title) gin_trgm_ops);

create table problem_note (
    id               bigint generated always as identity primary key,
    organization_id  bigint      not null references organization (id),
    problem_id       bigint      not null references problem (id) on delete cascade,
    kind             text        not null check (kind in ('COMMENT', 'QUESTION', 'REPLY', 'MERGED')),
    body             text        not null check (length(body) between 1 and 8000),
    author_person_id bigint,
    author_name      text        not null,
    created_at       timestamptz not null default now()
);
create index problem_note_problem on problem_note (problem_id, id);

create table problem_attachment (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    problem_id      bigint      not null references problem (id) on delete cascade,
    file_id         bigint      not null references stored_file (id),
    name            text        not null,
    content_type    text        not null,
    size_bytes      bigint      not null,
    author_name     text        not null,
    created_at      timestamptz not null default now()
);
create index problem_attachment_problem on problem_attachment (problem_id, id);
