-- Procurement, issue 8 items 1 and 3 (seed 002 part D): the requirements document a program hands
-- to vendors for estimates, the inventory of existing systems, the integrations register, and the
-- management of the chosen vendor or integrator (kick-off, weekly status meetings, stage acceptance).

-- The document's head: the goals in two sentences and the internal budget, which is never exported.
create table procurement_requirement_document (
    id                    bigint generated always as identity primary key,
    organization_id       bigint      not null references organization (id),
    program_id            bigint      not null references program (id) on delete cascade,
    goals                 text check (goals is null or length(goals) <= 1000),
    budget_minor          bigint check (budget_minor is null or budget_minor >= 0),
    budget_currency       char(3) check (budget_currency is null or budget_currency ~ '^[A-Z]{3}$'),
    budget_note           text check (budget_note is null or length(budget_note) <= 2000),
    version               int         not null default 0,
    updated_at            timestamptz not null default now(),
    unique (program_id)
);

-- A requirement is a scenario of a role at a stage (1 = the minimum sufficient version) with its internal customer.
create table procurement_requirement (
    id                    bigint generated always as identity primary key,
    organization_id       bigint      not null references organization (id),
    program_id            bigint      not null references program (id) on delete cascade,
    role                  text        not null check (length(role) between 1 and 200),
    scenario              text        not null check (length(scenario) between 1 and 4000),
    stage                 smallint    not null check (stage between 1 and 9),
    priority              text        not null check (priority in ('MUST', 'SHOULD', 'COULD')),
    customer_person_id    bigint references person (id),
    customer_position_id  bigint references position (id),
    version               int         not null default 0,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    check (num_nonnulls(customer_person_id, customer_position_id) = 1)
);
create index procurement_requirement_program on procurement_requirement (organization_id, program_id, stage, id);

create table procurement_requirement_process (
    organization_id       bigint      not null references organization (id),
    requirement_id        bigint      not null references procurement_requirement (id) on delete cascade,
    process_id            bigint      not null references process (id) on delete cascade,
    primary key (requirement_id, process_id)
);

-- The inventory of existing systems: keep or replace, and who owns each.
create table procurement_system (
    id                    bigint generated always as identity primary key,
    organization_id       bigint      not null references organization (id),
    program_id            bigint      not null references program (id) on delete cascade,
    name                  text        not null check (length(name) between 1 and 200),
    purpose               text check (purpose is null or length(purpose) <= 2000),
    decision              text        not null check (decision in ('KEEP', 'REPLACE')),
    owner_person_id       bigint references person (id),
    version               int         not null default 0,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now()
);
create unique index procurement_system_name on procurement_system (program_id, lower(name));
create index procurement_system_program on procurement_system (organization_id, program_id, id);

-- The integrations register: verified every verify_every_days; overdue_since marks the overdue episode the check reported.
create table procurement_integration (
    id                    bigint generated always as identity primary key,
    organization_id       bigint      not null references organization (id),
    program_id            bigint      not null references program (id) on delete cascade,
    system_name           text        not null check (length(system_name) between 1 and 200),
    direction             text        not null check (direction in ('IN', 'OUT', 'BOTH')),
    method                text        not null check (method in ('API', 'FILE', 'DATABASE', 'MANUAL')),
    status                text        not null check (status in ('PLANNED', 'IN_DEVELOPMENT', 'ACTIVE', 'FAILED', 'RETIRED')),
    monitoring            text check (monitoring is null or length(monitoring) <= 2000),
    verify_every_days     int         not null check (verify_every_days between 1 and 366),
    last_verified_on      date,
    overdue_reported_on   date,
    version               int         not null default 0,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now()
);
create index procurement_integration_program on procurement_integration (organization_id, program_id, id);
-- The daily check reads only the integrations that are in use.
create index procurement_integration_due on procurement_integration (last_verified_on) where status in ('ACTIVE', 'FAILED');

-- The chosen vendor or integrator of a program. Kept generic so vendor selection can refer to it.
create table procurement_supplier (
    id                    bigint generated always as identity primary key,
    organization_id       bigint      not null references organization (id),
    program_id            bigint      not null references program (id) on delete cascade,
    name                  text        not null check (length(name) between 1 and 200),
    kind                  text        not null check (kind in ('VENDOR', 'INTEGRATOR')),
    contact               text check (contact is null or length(contact) <= 500),
    meeting_alerted_on    date,
    version               int         not null default 0,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now()
);
create index procurement_supplier_program on procurement_supplier (organization_id, program_id, id);

create table procurement_kickoff (
    supplier_id           bigint      primary key references procurement_supplier (id) on delete cascade,
    organization_id       bigint      not null references organization (id),
    held_on               date        not null,
    goals                 text        not null check (length(goals) between 1 and 4000),
    team                  text        not null check (length(team) between 1 and 4000),
    contract_format       text        not null check (length(contract_format) between 1 and 1000),
    acceptance_process    text        not null check (length(acceptance_process) between 1 and 4000),
    version               int         not null default 0,
    updated_at            timestamptz not null default now()
);

create table procurement_status_meeting (
    id                    bigint generated always as identity primary key,
    organization_id       bigint      not null references organization (id),
    supplier_id           bigint      not null references procurement_supplier (id) on delete cascade,
    held_on               date        not null,
    attendees             text        not null check (length(attendees) between 1 and 2000),
    notes                 text check (notes is null or length(notes) <= 8000),
    version               int         not null default 0,
    created_at            timestamptz not null default now()
);
create index procurement_status_meeting_supplier on procurement_status_meeting (supplier_id, held_on desc, id desc);

-- A delivered stage, accepted through a sign-off (approval module) that names the subject 'supplier_stage'.
create table procurement_stage_delivery (
    id                    bigint generated always as identity primary key,
    organization_id       bigint      not null references organization (id),
    supplier_id           bigint      not null references procurement_supplier (id) on delete cascade,
    stage                 text        not null check (length(stage) between 1 and 200),
    delivered_on          date        not null,
    status                text        not null default 'DELIVERED' check (status in ('DELIVERED', 'IN_ACCEPTANCE', 'ACCEPTED', 'REJECTED')),
    sign_off_id           bigint,
    decided_at            timestamptz,
    version               int         not null default 0,
    created_at            timestamptz not null default now()
);
create index procurement_stage_delivery_supplier on procurement_stage_delivery (supplier_id, id);
