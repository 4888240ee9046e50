-- Evaluation and closure of a program (issue 6 item 6; seeds 000 3.1-3.3, 003): the effectiveness
-- evaluation against the original objective (goals x results, what went well, improvement points),
-- interviews with the people involved, lessons learned (a register across programs, offered again
-- when a program starts from the same playbook), the final report (frozen as a snapshot when sent
-- for sign-off), the handover to the line owner, the further-development backlog and the annual
-- wheel of follow-up activities that creates plan tasks.

create table evaluation (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    program_id      bigint      not null references program (id) on delete cascade,
    went_well       text check (length(went_well) <= 8000),
    improvements    text check (length(improvements) <= 8000),
    conclusion      text check (length(conclusion) <= 8000),
    version         int         not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    unique (program_id)
);
create index evaluation_org on evaluation (organization_id, program_id);

create table evaluation_goal_result (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    program_id      bigint      not null references program (id) on delete cascade,
    goal_id         bigint      not null references program_goal (id) on delete cascade,
    result          text        not null check (result in ('ACHIEVED', 'PARTLY', 'NOT_ACHIEVED')),
    evidence        text        not null check (length(evidence) between 1 and 4000),
    version         int         not null default 0,
    updated_at      timestamptz not null default now(),
    unique (goal_id)
);
create index evaluation_goal_result_program on evaluation_goal_result (organization_id, program_id);

create table evaluation_interview (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    program_id      bigint      not null references program (id) on delete cascade,
    person_id       bigint      not null references person (id),
    interviewed_on  date        not null,
    role            text        not null check (length(role) between 1 and 200),
    notes           text        not null check (length(notes) between 1 and 8000),
    version         int         not null default 0,
    created_at      timestamptz not null default now()
);
create index evaluation_interview_program on evaluation_interview (organization_id, program_id, interviewed_on, id);

create table lesson (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    program_id      bigint      not null references program (id) on delete cascade,
    playbook_id     bigint references playbook (id),
    kind            text        not null check (kind in ('KEEP', 'IMPROVE', 'AVOID')),
    title           text        not null check (length(title) between 1 and 300),
    advice          text        not null check (length(advice) between 1 and 4000),
    version         int         not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index lesson_register on lesson (organization_id, id desc);
create index lesson_playbook on lesson (organization_id, playbook_id, id desc);
create index lesson_program on lesson (organization_id, program_id, id);

create table final_report (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    program_id      bigint      not null references program (id) on delete cascade,
    summary         text check (length(summary) <= 8000),
    recommendations text check (length(recommendations) <= 8000),
    status          text        not null default 'DRAFT' check (status in ('DRAFT', 'IN_SIGN_OFF', 'SIGNED')),
    sign_off_id     bigint,
    snapshot        jsonb,
    frozen_at       timestamptz,
    signed_at       timestamptz,
    version         int         not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    unique (program_id)
);
create index final_report_org on final_report (organization_id, program_id);

create table handover (
    id                    bigint generated always as identity primary key,
    organization_id       bigint      not null references organization (id),
    program_id            bigint      not null references program (id) on delete cascade,
    line_owner_person_id  bigint references person (id),
    solution              text check (length(solution) <= 8000),
    follow_up_plan        text check (length(follow_up_plan) <= 8000),
    status                text        not null default 'DRAFT' check (status in ('DRAFT', 'IN_SIGN_OFF', 'ACCEPTED')),
    sign_off_id           bigint,
    accepted_at           timestamptz,
    version               int         not null default 0,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    unique (program_id)
);
create index handover_org on handover (organization_id, program_id);

create table backlog_item (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    program_id      bigint      not null references program (id) on delete cascade,
    title           text        not null check (length(title) between 1 and 300),
    description     text check (length(description) <= 4000),
    source          text        not null check (source in ('MANUAL', 'PROBLEM', 'FEEDBACK')),
    problem_id      bigint references problem (id) on delete set null,
    priority        text        not null check (priority in ('HIGH', 'MEDIUM', 'LOW')),
    status          text        not null default 'OPEN' check (status in ('OPEN', 'PLANNED', 'IN_PROGRESS', 'DONE', 'REJECTED')),
    version         int         not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index backlog_item_program on backlog_item (organization_id, program_id, id desc);
create unique index backlog_item_problem on backlog_item (program_id, problem_id) where problem_id is not null;

create table wheel_activity (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    program_id      bigint      not null references program (id) on delete cascade,
    month           int         not null check (month between 1 and 12),
    kind            text        not null check (kind in ('QUALITY_ASSESSMENT', 'ASSURANCE', 'DEVELOPMENT')),
    title           text        not null check (length(title) between 1 and 200),
    owner_person_id bigint      not null references person (id),
    version         int         not null default 0,
    created_at      timestamptz not null default now()
);
create index wheel_activity_program on wheel_activity (organization_id, program_id, month, id);

-- One plan task per activity and month: creating the coming year's tasks again adds nothing twice.
create table wheel_task (
    activity_id     bigint not null references wheel_activity (id) on delete cascade,
    occurs_on       date   not null,
    organization_id bigint not null,
    task_id         bigint not null references program_task (id) on delete cascade,
    primary key (activity_id, occurs_on)
);
