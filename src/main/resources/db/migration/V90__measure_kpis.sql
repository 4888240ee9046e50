-- KPIs of a program: each tied to a program goal, with baseline, target, a planned trajectory per
-- period, two gap thresholds and the rule that combines per-unit values (seed 002:770-786, 945-958).
create table kpi (
    id               bigint generated always as identity primary key,
    organization_id  bigint        not null references organization (id),
    program_id       bigint        not null references program (id) on delete cascade,
    goal_id          bigint        not null references program_goal (id),
    code             text          not null check (code ~ '^[A-Za-z0-9_.-]{1,40}$'),
    name             text          not null check (length(name) between 1 and 200),
    unit_of_measure  text          not null check (length(unit_of_measure) between 1 and 40),
    method           text check (length(method) <= 2000),
    direction        text          not null check (direction in ('INCREASE', 'DECREASE')),
    source           text check (length(source) <= 300),
    period           text          not null default 'MONTH' check (period in ('WEEK', 'MONTH', 'QUARTER')),
    aggregation      text          not null default 'SUM' check (aggregation in ('SUM', 'AVERAGE', 'MIN', 'MAX')),
    baseline_value   numeric(20, 4) not null,
    baseline_date    date          not null,
    target_value     numeric(20, 4) not null,
    target_date      date          not null,
    small_gap_pct    numeric(6, 2) not null default 5 check (small_gap_pct > 0 and small_gap_pct <= 1000),
    large_gap_pct    numeric(6, 2) not null default 15 check (large_gap_pct > 0 and large_gap_pct <= 1000),
    owner_person_id  bigint references person (id),
    preset           text,
    version          int           not null default 0,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    check (target_date > baseline_date),
    check (large_gap_pct > small_gap_pct),
    unique (organization_id, code)
);
create index kpi_program on kpi (organization_id, program_id, lower(name), id);
create index kpi_org_name on kpi (organization_id, lower(name), id);
create index kpi_goal on kpi (goal_id);
create index kpi_owner on kpi (owner_person_id);

-- The planned value at the end of each period: the trajectory, not only the target.
create table kpi_plan_point (
    kpi_id          bigint        not null references kpi (id) on delete cascade,
    organization_id bigint        not null references organization (id),
    period_start    date          not null,
    planned_value   numeric(20, 4) not null,
    primary key (kpi_id, period_start)
);

-- One measured value with its provenance: who entered it, which import file and row, or which API
-- call; {@code raw} keeps the record as it arrived (as text, keys in their order) so every figure can be traced back.
create table kpi_measurement (
    id               bigint generated always as identity primary key,
    organization_id  bigint        not null references organization (id),
    kpi_id           bigint        not null references kpi (id) on delete cascade,
    unit_id          bigint references unit (id),
    measured_on      date          not null,
    value            numeric(20, 4) not null,
    source_kind      text          not null check (source_kind in ('MANUAL', 'IMPORT', 'API')),
    recorded_by      bigint,
    recorded_by_name text          not null,
    import_job_id    bigint references import_job (id),
    import_file_name text,
    import_line      int,
    raw              text          not null default '{}' check (length(raw) <= 20000),
    note             text check (length(note) <= 1000),
    recorded_at      timestamptz   not null default now()
);
create index kpi_measurement_kpi on kpi_measurement (kpi_id, measured_on desc, id desc);
create index kpi_measurement_import on kpi_measurement (import_job_id) where import_job_id is not null;

-- What a period's plan-vs-actual comparison found: a small gap is an optimisation item, a large gap a
-- "correct the strategy" task for the coordinator. One row per KPI and period; it only escalates.
create table kpi_gap (
    id              bigint generated always as identity primary key,
    organization_id bigint        not null references organization (id),
    program_id      bigint        not null references program (id) on delete cascade,
    kpi_id          bigint        not null references kpi (id) on delete cascade,
    period_start    date          not null,
    level           text          not null check (level in ('SMALL', 'LARGE')),
    gap_pct         numeric(10, 2) not null,
    planned_value   numeric(20, 4) not null,
    actual_value    numeric(20, 4) not null,
    task_id         bigint references program_task (id) on delete set null,
    resolved_at     timestamptz,
    resolved_by_name text,
    resolution      text check (length(resolution) <= 2000),
    version         int           not null default 0,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    unique (kpi_id, period_start)
);
create index kpi_gap_program on kpi_gap (organization_id, program_id, resolved_at, id);
