-- The process catalog (seed 002 part A): a tree of levels 1-3 kept as a materialised path like the
-- unit tree, and the specification of every process in the seed's fields. Multi-valued fields are
-- rows of their own so that goals can point at clients, indicators at goals and resources at the
-- supplier (and, across processes, at the result) they come from.
create table process (
    id                    bigint generated always as identity primary key,
    organization_id       bigint      not null references organization (id),
    code                  text check (code is null or length(code) between 1 and 32),
    name                  text        not null check (length(name) between 1 and 200),
    parent_id             bigint references process (id),
    path                  text        not null,
    level                 smallint    not null check (level between 1 and 3),
    sort_order            int         not null default 0,
    description           text check (description is null or length(description) <= 2000),
    content               text check (content is null or length(content) <= 4000),
    benefit               text check (benefit is null or length(benefit) <= 2000),
    repeats_regularly     boolean     not null default true,
    system_forming        boolean     not null default false,
    owner_position_id     bigint references position (id),
    status                text        not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED', 'APPROVED')),
    completeness          smallint    not null default 0 check (completeness between 0 and 100),
    provisional_executors int         not null default 0,
    approved_revision     int,
    -- counts every change to what the specification says (fields or parts), so that an approver
    -- signs exactly the text they read: approving an older spec_version is a stale edit
    spec_version          int         not null default 0,
    version               int         not null default 0,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    unique (organization_id, code)
);
create index process_path on process (organization_id, path text_pattern_ops);
create index process_parent on process (organization_id, parent_id, sort_order, id);
create index process_level on process (organization_id, level, sort_order, id);
create index process_name on process (organization_id, lower(name), id);
create index process_owner on process (organization_id, owner_position_id);

create table process_client (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    process_id      bigint      not null references process (id) on delete cascade,
    name            text        not null check (length(name) between 1 and 200),
    kind            text        not null check (kind in ('EXTERNAL', 'INTERNAL', 'COMPANY')),
    needs           text check (needs is null or length(needs) <= 2000),
    sort_order      int         not null default 0,
    version         int         not null default 0,
    created_at      timestamptz not null default now()
);
create index process_client_process on process_client (process_id, sort_order, id);

create table process_goal (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    process_id      bigint      not null references process (id) on delete cascade,
    client_id       bigint      not null references process_client (id),
    text            text        not null check (length(text) between 1 and 1000),
    sort_order      int         not null default 0,
    version         int         not null default 0,
    created_at      timestamptz not null default now()
);
create index process_goal_process on process_goal (process_id, sort_order, id);
create index process_goal_client on process_goal (client_id);

create table process_result (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    process_id      bigint      not null references process (id) on delete cascade,
    text            text        not null check (length(text) between 1 and 500),
    sort_order      int         not null default 0,
    version         int         not null default 0,
    created_at      timestamptz not null default now()
);
create index process_result_process on process_result (process_id, sort_order, id);

create table process_indicator (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    process_id      bigint      not null references process (id) on delete cascade,
    goal_id         bigint      not null references process_goal (id),
    name            text        not null check (length(name) between 1 and 300),
    methods         text[]      not null check (cardinality(methods) between 1 and 10),
    sort_order      int         not null default 0,
    version         int         not null default 0,
    created_at      timestamptz not null default now()
);
create index process_indicator_process on process_indicator (process_id, sort_order, id);
create index process_indicator_goal on process_indicator (goal_id);

-- A supplier is a person, a unit or an outside organisation; when it is another process, the
-- supplier -> client relation between the two processes is drawn on the map.
create table process_supplier (
    id                bigint generated always as identity primary key,
    organization_id   bigint      not null references organization (id),
    process_id        bigint      not null references process (id) on delete cascade,
    name              text        not null check (length(name) between 1 and 200),
    kind              text        not null check (kind in ('PERSON', 'UNIT', 'EXTERNAL')),
    unit_id           bigint references unit (id),
    source_process_id bigint references process (id),
    sort_order        int         not null default 0,
    version           int         not null default 0,
    created_at        timestamptz not null default now()
);
create index process_supplier_process on process_supplier (process_id, sort_order, id);
create index process_supplier_source on process_supplier (organization_id, source_process_id);

create table process_resource (
    id               bigint generated always as identity primary key,
    organization_id  bigint      not null references organization (id),
    process_id       bigint      not null references process (id) on delete cascade,
    name             text        not null check (length(name) between 1 and 300),
    kind             text        not null check (kind in ('CONSUMABLE', 'RENEWABLE')),
    supplier_id      bigint      not null references process_supplier (id),
    source_result_id bigint references process_result (id),
    sort_order       int         not null default 0,
    version          int         not null default 0,
    created_at       timestamptz not null default now()
);
create index process_resource_process on process_resource (process_id, sort_order, id);
create index process_resource_supplier on process_resource (supplier_id);
create index process_resource_result on process_resource (source_result_id);

-- Executors are positions; while the structure is unsettled a provisional role name stands in
-- (seed 002 line 196) and the process is flagged until it is resolved to a position.
create table process_executor (
    id               bigint generated always as identity primary key,
    organization_id  bigint      not null references organization (id),
    process_id       bigint      not null references process (id) on delete cascade,
    position_id      bigint references position (id),
    provisional_role text check (provisional_role is null or length(provisional_role) between 1 and 200),
    functions        text check (functions is null or length(functions) <= 2000),
    sort_order       int         not null default 0,
    version          int         not null default 0,
    created_at       timestamptz not null default now(),
    check ((position_id is null) <> (provisional_role is null))
);
create unique index process_executor_position on process_executor (process_id, position_id) where position_id is not null;
create index process_executor_process on process_executor (process_id, sort_order, id);
create index process_executor_by_position on process_executor (organization_id, position_id, process_id);

-- An approved (published) specification, frozen as it was signed off.
create table process_revision (
    id                  bigint generated always as identity primary key,
    organization_id     bigint      not null references organization (id),
    process_id          bigint      not null references process (id) on delete cascade,
    revision            int         not null,
    snapshot            jsonb       not null,
    approved_by_user_id bigint,
    approved_by_name    text        not null,
    approved_at         timestamptz not null default now(),
    comment             text check (comment is null or length(comment) <= 2000),
    unique (process_id, revision)
);
