-- Module competency (seed 002 part A lines 357-490 and part E): job duties generated from the
-- process specifications, competencies and job profiles, assessments with their gaps and the
-- individual training plans, professional standards with their mapping to positions.

-- Job duties of a position. The table itself is always derived live from the specifications in
-- which the position is an executor; what the position's people edit are the functions per
-- process, and what is signed off is a frozen revision.
create table job_duties (
    id               bigint generated always as identity primary key,
    organization_id  bigint      not null references organization (id),
    position_id      bigint      not null references position (id) on delete cascade,
    current_revision int,
    version          int         not null default 0,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    unique (organization_id, position_id)
);

create table job_duty_function (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    position_id     bigint      not null references position (id) on delete cascade,
    process_id      bigint      not null references process (id) on delete cascade,
    functions       text        not null check (length(functions) between 1 and 4000),
    version         int         not null default 0,
    updated_at      timestamptz not null default now(),
    unique (position_id, process_id)
);
create index job_duty_function_org on job_duty_function (organization_id, position_id);

create table job_duties_revision (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    duties_id       bigint      not null references job_duties (id) on delete cascade,
    position_id     bigint      not null references position (id) on delete cascade,
    revision        int         not null,
    status          text        not null check (status in ('IN_SIGN_OFF', 'APPROVED', 'REJECTED', 'SUPERSEDED')),
    snapshot        jsonb       not null,
    warnings        int         not null default 0,
    sign_off_id     bigint,
    issued_by_name  text        not null,
    issued_at       timestamptz not null default now(),
    decided_at      timestamptz,
    unique (duties_id, revision)
);
create index job_duties_revision_sign_off on job_duties_revision (organization_id, sign_off_id);

-- What a specification change did to a position's duties, as the process module announced it.
create table job_duty_change (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    position_id     bigint      not null references position (id) on delete cascade,
    process_id      bigint,
    process_name    text        not null,
    change          text        not null check (change in ('ADDED', 'REMOVED', 'CHANGED')),
    what            text        not null,
    at              timestamptz not null default now(),
    training_raised boolean     not null default false,
    version         int         not null default 0
);
create index job_duty_change_position on job_duty_change (organization_id, position_id, at desc, id desc);

-- The competency catalogue with the organisation's proficiency scale.
create table proficiency_level (
    organization_id bigint   not null references organization (id),
    level           smallint not null check (level between 1 and 10),
    name            text     not null check (length(name) between 1 and 100),
    description     text check (description is null or length(description) <= 1000),
    primary key (organization_id, level)
);

create table competency (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    kind            text        not null check (kind in ('GENERAL_KNOWLEDGE', 'SUBJECT_KNOWLEDGE', 'SKILL', 'PERSONAL_QUALITY')),
    name            text        not null check (length(name) between 1 and 300),
    description     text check (description is null or length(description) <= 2000),
    version         int         not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create unique index competency_name on competency (organization_id, kind, lower(name));
create index competency_list on competency (organization_id, lower(name), id);

-- Values are company-wide, not derived from processes (seed 002 line 457); a large division may differ.
create table company_value (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    name            text        not null check (length(name) between 1 and 200),
    description     text check (description is null or length(description) <= 2000),
    unit_id         bigint references unit (id),
    sort_order      int         not null default 0,
    version         int         not null default 0,
    created_at      timestamptz not null default now()
);
create index company_value_org on company_value (organization_id, sort_order, id);

-- Knowledge, skills and personal qualities an executor of the process needs in this position.
-- process_id is null for requirements that no single process explains (general knowledge).
create table position_requirement (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    position_id     bigint      not null references position (id) on delete cascade,
    process_id      bigint references process (id) on delete cascade,
    competency_id   bigint      not null references competency (id),
    required_level  smallint    not null check (required_level between 1 and 10),
    version         int         not null default 0,
    created_at      timestamptz not null default now()
);
create unique index position_requirement_once on position_requirement (position_id, coalesce(process_id, 0), competency_id);
create index position_requirement_org on position_requirement (organization_id, position_id);
create index position_requirement_competency on position_requirement (competency_id);

-- The supervisor, the process owner and the employee agree the wording (seed 002 line 409);
-- each agreement names the requirement-set version it agreed to, so a later change shows it as outdated.
create table requirement_agreement (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    position_id     bigint      not null references position (id) on delete cascade,
    process_id      bigint references process (id) on delete cascade,
    party           text        not null check (party in ('SUPERVISOR', 'PROCESS_OWNER', 'EMPLOYEE')),
    person_id       bigint      not null references person (id),
    person_name     text        not null,
    set_version     int         not null,
    agreed_at       timestamptz not null default now()
);
create unique index requirement_agreement_once on requirement_agreement (position_id, coalesce(process_id, 0), party);

-- Counts changes to a position's requirements per process (the version an agreement refers to).
create table requirement_set (
    organization_id bigint not null references organization (id),
    position_id     bigint not null references position (id) on delete cascade,
    process_key     bigint not null,
    set_version     int    not null default 0,
    primary key (position_id, process_key)
);

-- Areas of responsibility not derived from the processes, e.g. from strategy ("loyalty", seed 002 lines 472-478).
create table position_responsibility (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    position_id     bigint      not null references position (id) on delete cascade,
    text            text        not null check (length(text) between 1 and 500),
    version         int         not null default 0,
    created_at      timestamptz not null default now()
);
create index position_responsibility_position on position_responsibility (organization_id, position_id, id);

-- Assessments against the job profile, and attestations against a professional standard.
create table assessment (
    id               bigint generated always as identity primary key,
    organization_id  bigint      not null references organization (id),
    person_id        bigint      not null references person (id),
    position_id      bigint      not null references position (id),
    status           text        not null default 'OPEN' check (status in ('OPEN', 'AGREED')),
    latest           boolean     not null default false,
    created_by_name  text        not null,
    created_at       timestamptz not null default now(),
    agreed_at        timestamptz,
    agreed_by_name   text,
    version          int         not null default 0
);
create index assessment_person on assessment (organization_id, person_id, created_at desc);
create index assessment_latest on assessment (organization_id, person_id) where latest;

create table assessment_item (
    id              bigint generated always as identity primary key,
    organization_id bigint   not null references organization (id),
    assessment_id   bigint   not null references assessment (id) on delete cascade,
    competency_id   bigint   not null references competency (id),
    required_level  smallint not null,
    self_level      smallint check (self_level between 0 and 10),
    manager_level   smallint check (manager_level between 0 and 10),
    agreed_level    smallint check (agreed_level between 0 and 10),
    comment         text check (comment is null or length(comment) <= 1000),
    gap             smallint generated always as (greatest(required_level - coalesce(agreed_level, required_level), 0)) stored,
    unique (assessment_id, competency_id)
);

-- The individual training plan: items from gaps, duty changes and attestations. course_ref is the
-- hook the training module fills; completing the course closes the item and asks for re-assessment.
create table training_plan_item (
    id                bigint generated always as identity primary key,
    organization_id   bigint      not null references organization (id),
    person_id         bigint      not null references person (id),
    source            text        not null check (source in ('GAP', 'DUTY_CHANGE', 'ATTESTATION', 'MANUAL')),
    competency_id     bigint references competency (id),
    assessment_id     bigint references assessment (id) on delete set null,
    need              text        not null check (length(need) between 1 and 1000),
    current_level     smallint,
    target_level      smallint,
    course_ref        text check (course_ref is null or length(course_ref) <= 200),
    status            text        not null default 'OPEN' check (status in ('OPEN', 'DONE', 'CANCELLED')),
    reassess          boolean     not null default false,
    due_on            date,
    closed_at         timestamptz,
    created_at        timestamptz not null default now(),
    version           int         not null default 0
);
create index training_plan_person on training_plan_item (organization_id, person_id, status, id);

-- Professional standards (seed 002 part E): generalised labour functions -> labour functions ->
-- actions, skills and knowledge, each function with its qualification level.
create table professional_standard (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    code            text        not null check (length(code) between 1 and 64),
    name            text        not null check (length(name) between 1 and 500),
    activity_goal   text        not null check (length(activity_goal) between 1 and 4000),
    job_titles      text[]      not null default '{}',
    fictional       boolean     not null default false,
    imported_from   text        not null check (imported_from in ('CSV', 'XML', 'DEMO')),
    imported_by_name text       not null,
    version         int         not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    unique (organization_id, code)
);

create table standard_function (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    standard_id     bigint      not null references professional_standard (id) on delete cascade,
    parent_id       bigint references standard_function (id) on delete cascade,
    code            text        not null check (length(code) between 1 and 32),
    name            text        not null check (length(name) between 1 and 1000),
    qualification_level smallint not null check (qualification_level between 1 and 9),
    sort_order      int         not null,
    actions         text[]      not null default '{}',
    skills          text[]      not null default '{}',
    knowledge       text[]      not null default '{}'
);
create index standard_function_standard on standard_function (standard_id, sort_order);

create table position_standard (
    id               bigint generated always as identity primary key,
    organization_id  bigint      not null references organization (id),
    position_id      bigint      not null references position (id) on delete cascade,
    standard_id      bigint      not null references professional_standard (id) on delete cascade,
    function_ids     bigint[]    not null default '{}',
    position_goals   text check (position_goals is null or length(position_goals) <= 4000),
    analysis_note    text check (analysis_note is null or length(analysis_note) <= 4000),
    goals_match      boolean     not null default false,
    mandatory        boolean     not null default false,
    mandatory_reason text check (mandatory_reason in ('BENEFITS', 'COMPENSATIONS', 'RESTRICTIONS', 'LAW')),
    legal_basis      text check (legal_basis is null or length(legal_basis) <= 1000),
    version          int         not null default 0,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    unique (position_id, standard_id),
    check (not mandatory or mandatory_reason is not null)
);
create index position_standard_org on position_standard (organization_id, position_id);

-- The title of a position was aligned with a standard: the personnel documents to amend (seed 002 line 1266).
create table title_change (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    position_id     bigint      not null references position (id) on delete cascade,
    old_title       text        not null,
    new_title       text        not null,
    documents       jsonb       not null,
    changed_by_name text        not null,
    changed_at      timestamptz not null default now()
);
create index title_change_position on title_change (organization_id, position_id, changed_at desc);

create table attestation (
    id                   bigint generated always as identity primary key,
    organization_id      bigint      not null references organization (id),
    person_id            bigint      not null references person (id),
    position_standard_id bigint      not null references position_standard (id) on delete cascade,
    attained_level       smallint    not null check (attained_level between 0 and 9),
    unmet_function_ids   bigint[]    not null default '{}',
    note                 text check (note is null or length(note) <= 2000),
    held_on              date        not null,
    recorded_by_name     text        not null,
    created_at           timestamptz not null default now()
);
create index attestation_person on attestation (organization_id, position_standard_id, person_id, held_on desc);
