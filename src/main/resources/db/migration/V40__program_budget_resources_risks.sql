-- Budget and resources of a program (seed 003:33: financial, personnel and technical resources,
-- planned vs actual) and its risk register. Money is in minor units with its ISO 4217 currency;
-- a program's budget has one currency, chosen once before the first line.
create table program_budget (
    program_id      bigint primary key references program (id) on delete cascade,
    organization_id bigint      not null references organization (id),
    currency        text        not null check (currency ~ '^[A-Z]{3}$'),
    version         int         not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);

create table program_budget_line (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    program_id      bigint      not null references program (id) on delete cascade,
    phase_id        bigint references program_phase (id) on delete set null,
    kind            text        not null check (kind in ('FINANCIAL', 'PERSONNEL', 'TECHNICAL')),
    title           text        not null check (length(title) between 1 and 300),
    note            text check (length(note) <= 2000),
    currency        text        not null check (currency ~ '^[A-Z]{3}$'),
    planned_minor   bigint      not null check (planned_minor >= 0),
    -- the sum of the line's actual entries, kept in the same transaction as each entry
    actual_minor    bigint      not null default 0 check (actual_minor >= 0),
    version         int         not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index program_budget_line_program on program_budget_line (program_id, kind, id);

-- What was actually spent, as entries: a correction is a negative entry, never an edit, so the
-- trail stays complete; the line's total may never go below zero.
create table program_budget_actual (
    id               bigint generated always as identity primary key,
    organization_id  bigint      not null references organization (id),
    program_id       bigint      not null references program (id) on delete cascade,
    line_id          bigint      not null references program_budget_line (id) on delete cascade,
    spent_on         date        not null,
    amount_minor     bigint      not null check (amount_minor <> 0),
    currency         text        not null check (currency ~ '^[A-Z]{3}$'),
    note             text check (length(note) <= 1000),
    recorded_by      bigint,
    recorded_by_name text        not null,
    created_at       timestamptz not null default now()
);
create index program_budget_actual_line on program_budget_actual (line_id, spent_on, id);

-- People allocated to a program for a period with hours per week; their weekly capacity (default
-- 40 h) is the person's, across programs, so over-allocation is seen wherever they work.
create table program_allocation (
    id              bigint generated always as identity primary key,
    organization_id bigint        not null references organization (id),
    program_id      bigint        not null references program (id) on delete cascade,
    person_id       bigint        not null references person (id),
    role            text check (length(role) <= 200),
    hours_per_week  numeric(5, 1) not null check (hours_per_week > 0 and hours_per_week <= 168),
    starts_on       date          not null,
    ends_on         date          not null,
    version         int           not null default 0,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    check (ends_on >= starts_on)
);
create index program_allocation_program on program_allocation (program_id, starts_on, id);
create index program_allocation_person on program_allocation (organization_id, person_id, starts_on);

create table program_person_capacity (
    person_id       bigint primary key references person (id),
    organization_id bigint        not null references organization (id),
    hours_per_week  numeric(5, 1) not null check (hours_per_week >= 0 and hours_per_week <= 168),
    version         int           not null default 0,
    updated_at      timestamptz   not null default now()
);

-- Risks: probability and impact on a 1–5 scale each; linked to the tasks they threaten.
create table program_risk (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    program_id      bigint      not null references program (id) on delete cascade,
    title           text        not null check (length(title) between 1 and 300),
    description     text check (length(description) <= 4000),
    probability     int         not null check (probability between 1 and 5),
    impact          int         not null check (impact between 1 and 5),
    owner_person_id bigint references person (id),
    mitigation      text check (length(mitigation) <= 4000),
    status          text        not null default 'OPEN' check (status in ('OPEN', 'MITIGATING', 'OCCURRED', 'CLOSED')),
    version         int         not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index program_risk_program on program_risk (program_id, (probability * impact) desc, id);

create table program_risk_task (
    organization_id bigint not null references organization (id),
    risk_id         bigint not null references program_risk (id) on delete cascade,
    task_id         bigint not null references program_task (id) on delete cascade,
    primary key (risk_id, task_id)
);
create index program_risk_task_task on program_risk_task (task_id);
