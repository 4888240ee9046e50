-- The benefits register (seed 003:7, 46, 82): what the program should bring, who answers for it (after
-- the handover a person of the line organisation), the KPIs that show it, the expected value, when it
-- is realised, and the realised amounts over time that make the realisation curve.
create table benefit (
    id               bigint generated always as identity primary key,
    organization_id  bigint        not null references organization (id),
    program_id       bigint        not null references program (id) on delete cascade,
    title            text          not null check (length(title) between 1 and 300),
    description      text check (length(description) <= 4000),
    owner_person_id  bigint references person (id),
    expected_value   numeric(20, 4) not null check (expected_value > 0),
    unit_of_measure  text          not null check (length(unit_of_measure) between 1 and 40),
    realisation_start date         not null,
    realisation_due  date          not null,
    status           text          not null default 'PLANNED'
                         check (status in ('PLANNED', 'REALISING', 'REALISED', 'NOT_REALISED')),
    version          int           not null default 0,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    check (realisation_due > realisation_start)
);
create index benefit_program on benefit (organization_id, program_id, lower(title), id);

create table benefit_kpi (
    benefit_id      bigint not null references benefit (id) on delete cascade,
    kpi_id          bigint not null references kpi (id) on delete cascade,
    organization_id bigint not null,
    primary key (benefit_id, kpi_id)
);
create index benefit_kpi_kpi on benefit_kpi (kpi_id);

create table benefit_realisation (
    id              bigint generated always as identity primary key,
    organization_id bigint        not null references organization (id),
    benefit_id      bigint        not null references benefit (id) on delete cascade,
    realised_on     date          not null,
    amount          numeric(20, 4) not null,
    note            text check (length(note) <= 1000),
    recorded_by_name text         not null,
    recorded_at     timestamptz   not null default now()
);
create index benefit_realisation_benefit on benefit_realisation (benefit_id, realised_on, id);
