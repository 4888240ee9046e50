-- The plan: phases (the playbook's stages) → tasks, finish-to-start dependencies between tasks,
-- and ordering rules between phases. Dates are working days of the organisation's calendar.
create table program_phase (
    id               bigint generated always as identity primary key,
    organization_id  bigint      not null references organization (id),
    program_id       bigint      not null references program (id) on delete cascade,
    position         int         not null,
    name             text        not null check (length(name) between 1 and 300),
    description      text check (length(description) <= 4000),
    seed_ref         text,
    source_key       text,
    gate             text check (length(gate) <= 2000),
    status           text        not null default 'OPEN' check (status in ('OPEN', 'ACCEPTANCE_REQUESTED', 'ACCEPTED')),
    acceptance_ref   text,
    accepted_by      bigint,
    accepted_by_name text,
    accepted_at      timestamptz,
    acceptance_note  text check (length(acceptance_note) <= 2000),
    version          int         not null default 0,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);
create index program_phase_program on program_phase (program_id, position, id);

-- "Phase B may start only after phase A is accepted": HARD rules are never overridden, DEFAULT
-- ones may be, with the reason recorded.
create table program_phase_order (
    organization_id     bigint      not null references organization (id),
    program_id          bigint      not null references program (id) on delete cascade,
    phase_id            bigint      not null references program_phase (id) on delete cascade,
    predecessor_id      bigint      not null references program_phase (id) on delete cascade,
    strength            text        not null check (strength in ('HARD', 'DEFAULT')),
    reason              text,
    seed_ref            text,
    override_reason     text check (length(override_reason) <= 2000),
    overridden_by       bigint,
    overridden_by_name  text,
    overridden_at       timestamptz,
    primary key (phase_id, predecessor_id),
    check (phase_id <> predecessor_id)
);
create index program_phase_order_program on program_phase_order (program_id);

create table program_task (
    id                    bigint generated always as identity primary key,
    organization_id       bigint      not null references organization (id),
    program_id            bigint      not null references program (id) on delete cascade,
    phase_id              bigint references program_phase (id),
    position              int         not null default 0,
    title                 text        not null check (length(title) between 1 and 300),
    description           text check (length(description) <= 4000),
    seed_ref              text,
    source_key            text,
    owner_person_id       bigint references person (id),
    owner_placeholder     text,
    owner_candidates      bigint[]    not null default '{}',
    owner_unresolved      boolean     not null default false,
    planned_start         date        not null,
    planned_finish        date        not null,
    duration_days         int         not null check (duration_days between 0 and 2000),
    constraint_start      date,
    due_date              date,
    completion_criterion  text check (length(completion_criterion) <= 2000),
    gate                  text check (length(gate) <= 2000),
    outputs               jsonb       not null default '[]',
    status                text        not null default 'NOT_STARTED'
                              check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    effort_hours          numeric(8, 1) check (effort_hours >= 0),
    milestone             boolean     not null default false,
    serious_change        boolean     not null default false,
    optional              boolean     not null default false,
    repeat_scope          text        not null default 'ONCE' check (repeat_scope in ('ONCE', 'PER_WAVE', 'PER_UNIT')),
    wave_id               bigint,
    unit_id               bigint references unit (id),
    anchor_date           date,
    offset_days           int,
    source_module         text,
    source_ref            text,
    source_url            text,
    actual_start          date,
    actual_finish         date,
    start_override_reason text check (length(start_override_reason) <= 2000),
    completed_by          bigint,
    completed_by_name     text,
    completed_at          timestamptz,
    evidence_note         text check (length(evidence_note) <= 4000),
    evidence_link         text check (length(evidence_link) <= 2000),
    evidence_file_id      bigint references stored_file (id),
    cancel_reason         text check (length(cancel_reason) <= 2000),
    reminded_on           date,
    escalated_on          date,
    version               int         not null default 0,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    check (planned_finish >= planned_start)
);
create index program_task_plan on program_task (program_id, phase_id, position, id);
create index program_task_owner on program_task (organization_id, owner_person_id, planned_finish, id)
    where status in ('NOT_STARTED', 'IN_PROGRESS');
create index program_task_open_due on program_task (organization_id, (coalesce(due_date, planned_finish)), id)
    where status in ('NOT_STARTED', 'IN_PROGRESS');
create index program_task_wave on program_task (program_id, wave_id) where wave_id is not null;

create table program_task_dependency (
    id                 bigint generated always as identity primary key,
    organization_id    bigint      not null references organization (id),
    program_id         bigint      not null references program (id) on delete cascade,
    predecessor_id     bigint      not null references program_task (id) on delete cascade,
    successor_id       bigint      not null references program_task (id) on delete cascade,
    strength           text        not null default 'DEFAULT' check (strength in ('HARD', 'DEFAULT')),
    origin             text        not null default 'USER' check (origin in ('PLAYBOOK', 'USER')),
    reason             text,
    override_reason    text check (length(override_reason) <= 2000),
    overridden_by      bigint,
    overridden_by_name text,
    overridden_at      timestamptz,
    created_at         timestamptz not null default now(),
    unique (predecessor_id, successor_id),
    check (predecessor_id <> successor_id)
);
create index program_task_dependency_program on program_task_dependency (program_id);
create index program_task_dependency_successor on program_task_dependency (successor_id);
