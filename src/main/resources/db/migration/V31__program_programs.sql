-- Weekend days per organisation (ISO day numbers, Monday = 1); holidays are organization_holiday (V1).
create table work_calendar (
    organization_id bigint primary key references organization (id),
    weekend_days    text        not null default '6,7' check (weekend_days ~ '^([1-7](,[1-7])*)?$'),
    version         int         not null default 0,
    updated_at      timestamptz not null default now()
);

create table program (
    id                      bigint generated always as identity primary key,
    organization_id         bigint      not null references organization (id),
    name                    text        not null check (length(name) between 1 and 200),
    subject                 text        not null check (subject in ('SOFTWARE_SYSTEM', 'CRM', 'PROCESS_APPROACH',
                                            'PROFESSIONAL_STANDARDS', 'MESSENGER_CHANNEL', 'SCHOOL_TECHNOLOGY', 'POLICY')),
    description             text check (length(description) <= 4000),
    strategy                text check (length(strategy) <= 20000),
    original_objective      text check (length(original_objective) <= 4000),
    objective               text check (length(objective) <= 4000),
    objective_frozen_at     timestamptz,
    start_date              date        not null,
    status                  text        not null default 'PREPARATION'
                                check (status in ('PREPARATION', 'ROLLOUT', 'AFTER_ROLLOUT', 'IN_OPERATION', 'CLOSED')),
    language                text        not null default 'en',
    playbook_id             bigint references playbook (id),
    playbook_version_id     bigint references playbook_version (id),
    playbook_version_number int,
    escalate_after_days     int         not null default 3 check (escalate_after_days between 1 and 60),
    created_by              bigint,
    version                 int         not null default 0,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now()
);
create index program_org on program (organization_id, lower(name), id);

-- Goals: a short statement and the internal customer who wants it (seed 002:1082, 1090).
create table program_goal (
    id                          bigint generated always as identity primary key,
    organization_id             bigint      not null references organization (id),
    program_id                  bigint      not null references program (id) on delete cascade,
    position                    int         not null default 0,
    statement                   text        not null check (length(statement) between 1 and 500),
    internal_customer_person_id bigint references person (id),
    version                     int         not null default 0,
    created_at                  timestamptz not null default now(),
    updated_at                  timestamptz not null default now()
);
create index program_goal_program on program_goal (program_id, position, id);

-- The objective is frozen when preparation ends; every later change is a revision with a reason,
-- because the effect is evaluated against the original (seed 003:86).
create table program_objective_revision (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    program_id      bigint      not null references program (id) on delete cascade,
    objective       text        not null check (length(objective) between 1 and 4000),
    reason          text        not null check (length(reason) between 1 and 2000),
    changed_by      bigint,
    changed_by_name text        not null,
    changed_at      timestamptz not null default now()
);
create index program_objective_revision_program on program_objective_revision (program_id, id);

create table program_unit (
    organization_id bigint not null references organization (id),
    program_id      bigint not null references program (id) on delete cascade,
    unit_id         bigint not null references unit (id),
    primary key (program_id, unit_id)
);
create index program_unit_unit on program_unit (unit_id);

create table program_member (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    program_id      bigint      not null references program (id) on delete cascade,
    person_id       bigint      not null references person (id),
    role            text        not null check (role in ('COORDINATOR', 'DEPUTY', 'MEMBER', 'SPONSOR', 'TRAINER', 'LINE_OWNER')),
    created_at      timestamptz not null default now(),
    unique (program_id, person_id, role)
);
create index program_member_person on program_member (organization_id, person_id);

-- Ticks of the playbook's cross-cutting checklists (e.g. P1's critical success factors) per program.
create table program_checklist_tick (
    organization_id bigint      not null references organization (id),
    program_id      bigint      not null references program (id) on delete cascade,
    checklist_key   text        not null,
    item_key        text        not null,
    note            text check (length(note) <= 1000),
    checked_by      bigint,
    checked_by_name text        not null,
    checked_at      timestamptz not null default now(),
    primary key (program_id, checklist_key, item_key)
);
