-- Organisations are the tenants: every business row below carries organization_id.
create extension if not exists pg_trgm;

create table organization (
    id                bigint generated always as identity primary key,
    name              text        not null check (length(name) between 1 and 200),
    slug              text        not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    default_time_zone text        not null default 'UTC',
    default_language  text        not null default 'en',
    active            boolean     not null default true,
    version           int         not null default 0,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);

-- The unit tree keeps a materialised path ('/1/7/42/') so that a subtree is one index range
-- scan and a move rewrites the prefix of the moved branch only.
create table unit (
    id                    bigint generated always as identity primary key,
    organization_id       bigint      not null references organization (id),
    code                  text        not null check (length(code) between 1 and 64),
    name                  text        not null check (length(name) between 1 and 200),
    unit_type             text        not null check (length(unit_type) between 1 and 64),
    parent_id             bigint references unit (id),
    path                  text        not null,
    depth                 int         not null,
    head_person_id        bigint,
    acting_head_person_id bigint,
    version               int         not null default 0,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    unique (organization_id, code)
);
create index unit_path on unit (organization_id, path text_pattern_ops);
create index unit_parent on unit (organization_id, parent_id, name);
create index unit_name on unit (organization_id, lower(name), id);

create table position (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    code            text        not null check (length(code) between 1 and 64),
    title           text        not null check (length(title) between 1 and 200),
    description     text,
    version         int         not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    unique (organization_id, code)
);
create index position_title on position (organization_id, lower(title), id);

create table person (
    id                bigint generated always as identity primary key,
    organization_id   bigint      not null references organization (id),
    employee_number   text check (employee_number is null or length(employee_number) between 1 and 64),
    email             text check (email is null or length(email) between 3 and 254),
    full_name         text        not null check (length(full_name) between 1 and 200),
    unit_id           bigint references unit (id),
    position_id       bigint references position (id),
    manager_id        bigint references person (id),
    employment_status text        not null default 'ACTIVE' check (employment_status in ('ACTIVE', 'ON_LEAVE', 'LEFT')),
    time_zone         text,
    language          text,
    version           int         not null default 0,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    check (employee_number is not null or email is not null)
);
create unique index person_employee_number on person (organization_id, employee_number);
create unique index person_email on person (organization_id, lower(email));
create index person_name on person (organization_id, lower(full_name), id);
create index person_unit on person (unit_id, lower(full_name), id);
create index person_position on person (position_id);
create index person_manager on person (manager_id);
create index person_search on person using gin (lower(full_name || ' ' || coalesce(email, '') || ' ' || coalesce(employee_number, '')) gin_trgm_ops);

alter table unit add constraint unit_head_fk foreign key (head_person_id) references person (id);
alter table unit add constraint unit_acting_head_fk foreign key (acting_head_person_id) references person (id);
create index unit_head on unit (head_person_id);
create index unit_acting_head on unit (acting_head_person_id);

-- Working days per organisation (later capabilities schedule plans through it).
create table organization_holiday (
    organization_id bigint not null references organization (id),
    day             date   not null,
    name            text   not null,
    primary key (organization_id, day)
);
