-- The marketing strategy (seed 002 lines 149-171): every save is a new revision, nothing is overwritten.
create table strategy_revision (
    id                  bigint generated always as identity primary key,
    organization_id     bigint      not null references organization (id),
    revision            int         not null,
    clients             text check (clients is null or length(clients) <= 8000),
    client_needs        text check (client_needs is null or length(client_needs) <= 8000),
    competitive_edge    text check (competitive_edge is null or length(competitive_edge) <= 8000),
    target_segments     text check (target_segments is null or length(target_segments) <= 8000),
    acquisition_methods text check (acquisition_methods is null or length(acquisition_methods) <= 8000),
    service_principles  text check (service_principles is null or length(service_principles) <= 8000),
    change_note         text check (change_note is null or length(change_note) <= 500),
    created_by_user_id  bigint,
    created_by_name     text        not null,
    created_at          timestamptz not null default now(),
    unique (organization_id, revision)
);

-- Process regulations (регламент процесса) and executor instructions, versioned: the draft is
-- edited in place, each approval freezes a numbered revision.
create table process_document (
    id                   bigint generated always as identity primary key,
    organization_id      bigint      not null references organization (id),
    process_id           bigint      not null references process (id) on delete cascade,
    kind                 text        not null check (kind in ('REGULATION', 'INSTRUCTION')),
    title                text        not null check (length(title) between 1 and 200),
    executor_position_id bigint references position (id),
    body                 text        not null default '' check (length(body) <= 100000),
    status               text        not null default 'DRAFT' check (status in ('DRAFT', 'APPROVED')),
    approved_revision    int,
    version              int         not null default 0,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now()
);
create index process_document_process on process_document (organization_id, process_id, kind, id);

create table process_document_revision (
    id                  bigint generated always as identity primary key,
    organization_id     bigint      not null references organization (id),
    document_id         bigint      not null references process_document (id) on delete cascade,
    revision            int         not null,
    title               text        not null,
    body                text        not null,
    approved_by_user_id bigint,
    approved_by_name    text        not null,
    approved_at         timestamptz not null default now(),
    unique (document_id, revision)
);

-- The six-criteria "process approach" self-assessment (seed 002 lines 102-113), repeatable.
create table process_assessment (
    id                  bigint generated always as identity primary key,
    organization_id     bigint      not null references organization (id),
    assessed_at         timestamptz not null default now(),
    assessed_by_user_id bigint,
    assessed_by_name    text        not null,
    note                text check (note is null or length(note) <= 4000),
    total               smallint    not null check (total between 0 and 24)
);
create index process_assessment_org on process_assessment (organization_id, assessed_at desc, id desc);

create table process_assessment_score (
    organization_id bigint   not null references organization (id),
    assessment_id   bigint   not null references process_assessment (id) on delete cascade,
    criterion       smallint not null check (criterion between 1 and 6),
    score           smallint not null check (score between 0 and 4),
    comment         text check (comment is null or length(comment) <= 2000),
    primary key (assessment_id, criterion)
);

-- Responsibility centres (seed 002 lines 184-185, 218): a proposed centre need not be a unit yet
-- and can become one later.
create table responsibility_centre (
    id               bigint generated always as identity primary key,
    organization_id  bigint      not null references organization (id),
    name             text        not null check (length(name) between 1 and 200),
    description      text check (description is null or length(description) <= 4000),
    unit_id          bigint references unit (id),
    head_position_id bigint references position (id),
    version          int         not null default 0,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    unique (organization_id, name)
);

create table responsibility_centre_function (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    centre_id       bigint      not null references responsibility_centre (id) on delete cascade,
    process_id      bigint      not null references process (id) on delete cascade,
    function        text        not null check (length(function) between 1 and 1000),
    version         int         not null default 0,
    created_at      timestamptz not null default now(),
    unique (centre_id, process_id)
);
create index responsibility_centre_function_process on responsibility_centre_function (organization_id, process_id);

-- RACI: responsible (executors) and accountable (owner) come from the specification; consulted
-- and informed are kept here.
create table process_raci (
    organization_id bigint      not null references organization (id),
    process_id      bigint      not null references process (id) on delete cascade,
    position_id     bigint      not null references position (id),
    role            text        not null check (role in ('C', 'I')),
    updated_at      timestamptz not null default now(),
    primary key (process_id, position_id)
);
create index process_raci_position on process_raci (organization_id, position_id);
