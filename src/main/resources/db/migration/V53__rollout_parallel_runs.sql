-- Parallel run (seed 000 item 2.2): legacy and new system side by side for a period per wave or unit,
-- daily reconciliation of metrics counted in both, exit criteria and the recorded cutover decision.

create table rollout_parallel_run (
    id                     bigint generated always as identity primary key,
    organization_id        bigint      not null references organization (id),
    program_id             bigint      not null references program (id) on delete cascade,
    wave_id                bigint references rollout_wave (id) on delete cascade,
    wave_unit_id           bigint references rollout_wave_unit (id) on delete cascade,
    legacy_system          text        not null check (length(legacy_system) between 1 and 200),
    new_system             text        not null check (length(new_system) between 1 and 200),
    starts_on              date        not null,
    ends_on                date        not null,
    purpose                text check (purpose is null or length(purpose) <= 2000),
    exit_criteria          text check (exit_criteria is null or length(exit_criteria) <= 2000),
    matching_days          int         not null default 5 check (matching_days between 1 and 365),
    decision               text check (decision in ('CUTOVER', 'EXTEND', 'ROLL_BACK')),
    decision_note          text check (decision_note is null or length(decision_note) <= 2000),
    decided_on             date,
    decided_by_name        text,
    version                int         not null default 0,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    check (ends_on >= starts_on),
    check ((wave_id is null) <> (wave_unit_id is null))
);
create index rollout_parallel_run_program on rollout_parallel_run (organization_id, program_id, id);

create table rollout_reconciliation_check (
    id                     bigint generated always as identity primary key,
    organization_id        bigint      not null references organization (id),
    run_id                 bigint      not null references rollout_parallel_run (id) on delete cascade,
    metric                 text        not null check (length(metric) between 1 and 200),
    tolerance_percent      numeric(6, 2) not null check (tolerance_percent between 0 and 100),
    version                int         not null default 0,
    unique (run_id, metric)
);

create table rollout_reconciliation_value (
    check_id               bigint      not null references rollout_reconciliation_check (id) on delete cascade,
    organization_id        bigint      not null references organization (id),
    day                    date        not null,
    legacy_value           numeric(18, 4) not null,
    new_value              numeric(18, 4) not null,
    source                 text        not null default 'FORM' check (source in ('FORM', 'IMPORT', 'API')),
    entered_by_name        text        not null,
    entered_at             timestamptz not null default now(),
    primary key (check_id, day)
);
