-- Adoption of the new system: usage events sent in batches by the system itself (one row per event,
-- idempotent by the sender's event id), each person's active days, and per unit and day how many of
-- its people were active in the trailing window — counted from the person-days, so pages never scan events.
create table adoption_settings (
    program_id          bigint primary key references program (id) on delete cascade,
    organization_id     bigint      not null references organization (id),
    active_days         int         not null default 7 check (active_days between 1 and 90),
    version             int         not null default 0,
    updated_at          timestamptz not null default now()
);

create table adoption_event (
    organization_id bigint      not null references organization (id),
    event_id        text        not null check (length(event_id) between 1 and 100),
    program_id      bigint      not null references program (id) on delete cascade,
    person_id       bigint      not null references person (id),
    unit_id         bigint references unit (id),
    feature         text        not null check (length(feature) between 1 and 100),
    occurred_at     timestamptz not null,
    received_at     timestamptz not null default now(),
    primary key (organization_id, event_id)
);

create table adoption_person_day (
    program_id      bigint not null references program (id) on delete cascade,
    person_id       bigint not null,
    day             date   not null,
    organization_id bigint not null,
    unit_id         bigint,
    events          int    not null,
    primary key (program_id, person_id, day)
);
create index adoption_person_day_unit on adoption_person_day (program_id, unit_id, day);

create table adoption_unit_day (
    program_id      bigint not null references program (id) on delete cascade,
    unit_id         bigint not null,
    day             date   not null,
    organization_id bigint not null,
    active          int    not null,
    primary key (program_id, unit_id, day)
);
create index adoption_unit_day_day on adoption_unit_day (program_id, day);

-- Units and days whose counts a batch changed and that are not recounted yet: ingest only marks them,
-- a job (and the next read of the program's figures) recounts them, so a batch stays cheap.
create table adoption_dirty (
    program_id      bigint not null references program (id) on delete cascade,
    unit_id         bigint not null,
    day             date   not null,
    organization_id bigint not null,
    primary key (program_id, unit_id, day)
);

-- What each batch brought: counted as accepted, duplicate or rejected; rejections are reported here
-- (the first hundred with their reasons) so the sender's owner can see which accounts were unknown.
create table adoption_batch (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    program_id      bigint      not null references program (id) on delete cascade,
    received        int         not null,
    accepted        int         not null,
    duplicates      int         not null,
    rejected        int         not null,
    rejections      jsonb       not null default '[]',
    sent_by         bigint,
    sent_by_name    text        not null,
    received_at     timestamptz not null default now()
);
create index adoption_batch_program on adoption_batch (organization_id, program_id, id desc);
