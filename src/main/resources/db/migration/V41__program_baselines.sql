-- Baselines: named snapshots of a plan's dates (e.g. at each gate), to measure slip against.
-- The task rows are copies, not references: a snapshot stays as it was whatever happens to the plan.
create table program_baseline (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    program_id      bigint      not null references program (id) on delete cascade,
    name            text        not null check (length(name) between 1 and 200),
    note            text check (length(note) <= 2000),
    phase_id        bigint references program_phase (id) on delete set null,
    task_count      int         not null default 0,
    plan_start      date,
    plan_finish     date,
    created_by      bigint,
    created_by_name text        not null,
    created_at      timestamptz not null default now(),
    version         int         not null default 0
);
create unique index program_baseline_name on program_baseline (program_id, lower(name));
create index program_baseline_program on program_baseline (program_id, id desc);

create table program_baseline_task (
    baseline_id     bigint  not null references program_baseline (id) on delete cascade,
    task_id         bigint  not null,
    organization_id bigint  not null references organization (id),
    phase_id        bigint,
    phase_name      text,
    phase_position  int,
    title           text    not null,
    planned_start   date    not null,
    planned_finish  date    not null,
    duration_days   int     not null,
    milestone       boolean not null,
    status          text    not null,
    primary key (baseline_id, task_id)
);
