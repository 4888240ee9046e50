-- Playbook templates. Built-in playbooks are system rows (organization_id null, read-only),
-- loaded from classpath:playbooks/*.json; an organisation edits a copy. Every published state of
-- a playbook is an immutable version, so a program keeps the exact template it was created from.
create table playbook (
    id               bigint generated always as identity primary key,
    organization_id  bigint references organization (id),
    code             text        not null check (length(code) between 1 and 64),
    name             text        not null check (length(name) between 1 and 300),
    built_in         boolean     not null default false,
    copied_from_id   bigint references playbook (id),
    latest_version   int         not null default 0,
    draft            jsonb,
    draft_updated_at timestamptz,
    version          int         not null default 0,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    check (built_in = (organization_id is null))
);
create unique index playbook_code on playbook (coalesce(organization_id, 0), lower(code));
create index playbook_org on playbook (organization_id, lower(name), id);

create table playbook_version (
    id              bigint generated always as identity primary key,
    playbook_id     bigint      not null references playbook (id),
    organization_id bigint references organization (id),
    number          int         not null check (number > 0),
    definition      jsonb       not null,
    checksum        text        not null,
    note            text,
    created_by      bigint,
    created_by_name text,
    created_at      timestamptz not null default now(),
    unique (playbook_id, number)
);
