-- Rollout: waves of a program's scope units, the pilot's findings, readiness criteria, manual
-- readiness values, gate decisions per unit and the stability rule between waves.

create table rollout_settings (
    program_id             bigint primary key references program (id) on delete cascade,
    organization_id        bigint      not null references organization (id),
    no_open_critical       boolean     not null default true,
    stable_days            int         not null default 5 check (stable_days between 0 and 365),
    min_survey_score       numeric(4, 2) check (min_survey_score is null or min_survey_score between 0 and 100),
    version                int         not null default 0,
    updated_at             timestamptz not null default now()
);

create table rollout_wave (
    id                     bigint generated always as identity primary key,
    organization_id        bigint      not null references organization (id),
    program_id             bigint      not null references program (id) on delete cascade,
    position               int         not null,
    name                   text        not null check (length(name) between 1 and 200),
    pilot                  boolean     not null default false,
    scope_kind             text        not null default 'UNITS' check (scope_kind in ('UNITS', 'FUNCTIONS')),
    functions              text check (functions is null or length(functions) <= 2000),
    planned_go_live        date        not null,
    stable_at              timestamptz,
    stable_by_name         text,
    stable_override_reason text check (stable_override_reason is null or length(stable_override_reason) <= 2000),
    version                int         not null default 0,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    unique (program_id, position)
);
create index rollout_wave_org on rollout_wave (organization_id, program_id);

create table rollout_wave_unit (
    id                     bigint generated always as identity primary key,
    organization_id        bigint      not null references organization (id),
    program_id             bigint      not null references program (id) on delete cascade,
    wave_id                bigint      not null references rollout_wave (id),
    unit_id                bigint      not null references unit (id),
    scope_kind             text        not null,
    planned_go_live        date        not null,
    live_on                date,
    live_by_name           text,
    score                  int         not null default 0,
    ready                  boolean     not null default false,
    signed_score           int,
    version                int         not null default 0,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    unique (wave_id, unit_id)
);
-- A unit belongs to one unit-wave of a program; function waves (a feature set) may revisit it.
create unique index rollout_wave_unit_once on rollout_wave_unit (program_id, unit_id) where scope_kind = 'UNITS';
create index rollout_wave_unit_unit on rollout_wave_unit (organization_id, unit_id);
create index rollout_wave_unit_program on rollout_wave_unit (program_id, wave_id);

create table rollout_finding (
    id                     bigint generated always as identity primary key,
    organization_id        bigint      not null references organization (id),
    program_id             bigint      not null references program (id) on delete cascade,
    wave_id                bigint      not null references rollout_wave (id) on delete cascade,
    kind                   text        not null check (kind in ('ERROR', 'ADJUSTMENT', 'QUESTION')),
    severity               text        not null check (severity in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    title                  text        not null check (length(title) between 1 and 300),
    description            text check (description is null or length(description) <= 4000),
    status                 text        not null default 'OPEN' check (status in ('OPEN', 'FIXED', 'CLOSED')),
    fix                    text check (fix is null or length(fix) <= 4000),
    reported_by_name       text        not null,
    closed_at              timestamptz,
    version                int         not null default 0,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now()
);
create index rollout_finding_wave on rollout_finding (wave_id, status);

create table rollout_criterion (
    id                     bigint generated always as identity primary key,
    organization_id        bigint      not null references organization (id),
    program_id             bigint      not null references program (id) on delete cascade,
    kind                   text        not null,
    threshold              numeric(8, 2) not null,
    weight                 int         not null check (weight between 0 and 100),
    blocking               boolean     not null,
    enabled                boolean     not null default true,
    version                int         not null default 0,
    unique (program_id, kind)
);

create table rollout_manual_value (
    organization_id        bigint      not null references organization (id),
    program_id             bigint      not null references program (id) on delete cascade,
    unit_id                bigint      not null references unit (id),
    kind                   text        not null,
    value                  numeric(8, 2) not null,
    note                   text check (note is null or length(note) <= 2000),
    entered_by_name        text        not null,
    entered_at             timestamptz not null default now(),
    primary key (program_id, unit_id, kind)
);

create table rollout_gate_decision (
    id                     bigint generated always as identity primary key,
    organization_id        bigint      not null references organization (id),
    program_id             bigint      not null references program (id) on delete cascade,
    wave_unit_id           bigint      not null references rollout_wave_unit (id) on delete cascade,
    outcome                text        not null check (outcome in ('GO', 'CONDITIONAL_GO', 'NO_GO')),
    note                   text check (note is null or length(note) <= 4000),
    score                  int         not null,
    ready                  boolean     not null,
    snapshot               jsonb       not null,
    condition_task_ids     bigint[]    not null default '{}',
    decided_by_name        text        not null,
    decided_by             bigint      not null,
    decided_on             date        not null,
    decided_at             timestamptz not null default now()
);
create index rollout_gate_decision_unit on rollout_gate_decision (wave_unit_id, decided_at desc);
