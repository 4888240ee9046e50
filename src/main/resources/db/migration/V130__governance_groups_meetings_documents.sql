-- Module governance (seed 002 part E, inventory §2.7 and §4.2): working groups and commissions with
-- their members, meetings with attendance, decisions and each member's vote, dissenting opinions;
-- document templates (versioned, built-in rows have no organisation) and document instances with
-- their lifecycle; acknowledgements bound to a document revision; registers of legal and local acts.

create table working_group (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    kind            text        not null check (kind in ('WORKING_GROUP', 'COMMISSION')),
    name            text        not null check (length(name) between 1 and 300),
    purpose         text check (length(purpose) <= 4000),
    program_id      bigint references program (id),
    -- share of the members that must be present for a decision, in percent (at least)
    quorum_percent  int         not null default 50 check (quorum_percent between 1 and 100),
    tie_rule        text        not null default 'CHAIR_DECIDES' check (tie_rule in ('CHAIR_DECIDES', 'REJECTED')),
    active          boolean     not null default true,
    version         int         not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index working_group_list on working_group (organization_id, lower(name), id);
create index working_group_program on working_group (organization_id, program_id) where program_id is not null;

create table working_group_member (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    group_id        bigint      not null references working_group (id) on delete cascade,
    person_id       bigint      not null references person (id),
    role            text        not null check (role in ('CHAIR', 'DEPUTY', 'SECRETARY', 'MEMBER')),
    powers          text check (length(powers) <= 2000),
    unique (group_id, person_id)
);
create index working_group_member_person on working_group_member (organization_id, person_id);
-- one chair and one secretary per group
create unique index working_group_one_chair on working_group_member (group_id) where role = 'CHAIR';
create unique index working_group_one_secretary on working_group_member (group_id) where role = 'SECRETARY';

create table meeting (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    group_id        bigint      not null references working_group (id) on delete cascade,
    number          int         not null,
    held_on         date        not null,
    place           text check (length(place) <= 300),
    agenda          text        not null check (length(agenda) between 1 and 8000),
    minutes         text check (length(minutes) <= 50000),
    status          text        not null default 'PLANNED' check (status in ('PLANNED', 'HELD', 'CLOSED')),
    version         int         not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    unique (group_id, number)
);
create index meeting_group on meeting (organization_id, group_id, number desc);

create table meeting_attendance (
    meeting_id      bigint  not null references meeting (id) on delete cascade,
    person_id       bigint  not null references person (id),
    organization_id bigint  not null references organization (id),
    present         boolean not null,
    primary key (meeting_id, person_id)
);

create table meeting_decision (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    meeting_id      bigint      not null references meeting (id) on delete cascade,
    question        text        not null check (length(question) between 1 and 4000),
    status          text        not null default 'VOTING' check (status in ('VOTING', 'ADOPTED', 'REJECTED')),
    votes_for       int,
    votes_against   int,
    votes_abstain   int,
    present_count   int,
    chair_decided   boolean     not null default false,
    task_title      text check (length(task_title) <= 300),
    task_owner_id   bigint references person (id),
    task_due_on     date,
    task_id         bigint,
    version         int         not null default 0,
    created_at      timestamptz not null default now(),
    decided_at      timestamptz
);
create index meeting_decision_meeting on meeting_decision (organization_id, meeting_id, id);

create table meeting_vote (
    decision_id     bigint      not null references meeting_decision (id) on delete cascade,
    person_id       bigint      not null references person (id),
    organization_id bigint      not null references organization (id),
    choice          text        not null check (choice in ('FOR', 'AGAINST', 'ABSTAIN')),
    recorded_by     bigint,
    cast_at         timestamptz not null default now(),
    primary key (decision_id, person_id)
);

create table meeting_dissent (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    decision_id     bigint      not null references meeting_decision (id) on delete cascade,
    person_id       bigint      not null references person (id),
    text            text        not null check (length(text) between 1 and 8000),
    created_at      timestamptz not null default now(),
    unique (decision_id, person_id)
);

-- Built-in templates have no organisation and are never edited; an organisation edits its own copy.
create table document_template (
    id              bigint generated always as identity primary key,
    organization_id bigint references organization (id),
    code            text        not null check (code ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
    kind            text        not null check (kind in ('ORDER', 'REGULATION', 'ACTION_PLAN', 'MINUTES',
                                                         'IMPLEMENTATION_PLAN', 'COMMUNICATION_PLAN', 'NOTICE')),
    language        text        not null check (language ~ '^[a-z]{2}$'),
    jurisdiction    text        not null check (jurisdiction ~ '^[A-Z]{2,3}$'),
    title           text        not null check (length(title) between 1 and 300),
    current_version int         not null default 1,
    copied_from_id  bigint references document_template (id),
    version         int         not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create unique index document_template_builtin on document_template (code, language) where organization_id is null;
create unique index document_template_own on document_template (organization_id, code, language) where organization_id is not null;

create table document_template_version (
    template_id     bigint      not null references document_template (id) on delete cascade,
    number          int         not null,
    body            text        not null check (length(body) between 1 and 200000),
    note            text check (length(note) <= 1000),
    created_by      bigint,
    created_at      timestamptz not null default now(),
    primary key (template_id, number)
);

create table document_instance (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    template_id     bigint      not null references document_template (id),
    template_version int        not null,
    kind            text        not null,
    language        text        not null,
    title           text        not null check (length(title) between 1 and 300),
    fields          jsonb       not null default '{}',
    body            text        not null,
    revision        int         not null default 1,
    status          text        not null default 'DRAFT' check (status in ('DRAFT', 'IN_SIGN_OFF', 'APPROVED',
                                                 'REGISTERED', 'IN_FORCE', 'SUPERSEDED', 'CANCELLED')),
    program_id      bigint references program (id),
    group_id        bigint references working_group (id),
    meeting_id      bigint references meeting (id),
    signatory_id    bigint references person (id),
    reg_number      text check (length(reg_number) <= 64),
    reg_date        date,
    in_force_on     date,
    supersedes_id   bigint references document_instance (id),
    sign_off_id     bigint,
    signed_file_id  bigint references stored_file (id),
    created_by      bigint,
    version         int         not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index document_instance_list on document_instance (organization_id, id desc);
create index document_instance_program on document_instance (organization_id, program_id) where program_id is not null;
create unique index document_instance_number on document_instance (organization_id, reg_number) where reg_number is not null;

-- One row per addressee and document revision; a new revision asks everyone again.
create table acknowledgement (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    document_id     bigint      not null references document_instance (id) on delete cascade,
    revision        int         not null,
    person_id       bigint      not null references person (id),
    due_on          date,
    acknowledged_at timestamptz,
    method          text check (method in ('ONLINE', 'PAPER')),
    paper_file_id   bigint references stored_file (id),
    recorded_by     bigint,
    notified_at     timestamptz,
    reminded_at     timestamptz,
    reminders       int         not null default 0,
    escalated_at    timestamptz,
    created_at      timestamptz not null default now(),
    unique (document_id, revision, person_id)
);
create index acknowledgement_person on acknowledgement (organization_id, person_id, acknowledged_at);
create index acknowledgement_document on acknowledgement (organization_id, document_id, revision, id);
create index acknowledgement_unnotified on acknowledgement (id) where notified_at is null;
create index acknowledgement_open_due on acknowledgement (due_on) where acknowledged_at is null;

create table legal_act (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    program_id      bigint      not null references program (id),
    title           text        not null check (length(title) between 1 and 500),
    level           text check (length(level) <= 100),
    number          text check (length(number) <= 100),
    adopted_on      date,
    reference_url   text check (length(reference_url) <= 1000),
    note            text check (length(note) <= 4000),
    studied_by_id   bigint references person (id),
    version         int         not null default 0,
    created_at      timestamptz not null default now()
);
create index legal_act_program on legal_act (organization_id, program_id, id);

create table local_act_change (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    program_id      bigint      not null references program (id),
    title           text        not null check (length(title) between 1 and 500),
    change_needed   text        not null check (length(change_needed) between 1 and 4000),
    responsible_id  bigint references person (id),
    due_on          date,
    status          text        not null default 'PLANNED' check (status in ('PLANNED', 'DONE')),
    document_id     bigint references document_instance (id),
    version         int         not null default 0,
    created_at      timestamptz not null default now()
);
create index local_act_change_program on local_act_change (organization_id, program_id, id);
