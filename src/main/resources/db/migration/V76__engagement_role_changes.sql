-- "What changes for my role": a text per program, position and language. Coordinators edit a draft and
-- publish it; every publication is kept as a numbered version, the latest one is what people read.
create table role_change (
    id                bigint generated always as identity primary key,
    organization_id   bigint      not null references organization (id),
    program_id        bigint      not null references program (id) on delete cascade,
    position_id       bigint      not null references position (id),
    language          text        not null check (language ~ '^[a-z]{2}$'),
    draft             text        not null check (length(draft) between 1 and 20000),
    published_number  int         not null default 0,
    published_text    text,
    published_at      timestamptz,
    published_by_name text,
    version           int         not null default 0,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    unique (program_id, position_id, language)
);
create index role_change_position on role_change (organization_id, position_id) where published_number > 0;

create table role_change_version (
    role_change_id    bigint      not null references role_change (id) on delete cascade,
    organization_id   bigint      not null references organization (id),
    number            int         not null,
    text              text        not null,
    published_at      timestamptz not null default now(),
    published_by_name text        not null,
    primary key (role_change_id, number)
);
