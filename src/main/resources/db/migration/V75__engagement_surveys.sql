-- Surveys (docs/adr/0015): a survey is a versioned instance of a template for one program. Anonymous
-- surveys keep who answered (survey_participation) apart from what was answered (survey_response,
-- survey_answer): the answer tables carry no person, no precise time and no sequential id.
create table survey (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    program_id      bigint      not null references program (id) on delete cascade,
    kind            text        not null check (kind in ('READINESS', 'SATISFACTION', 'FEEDBACK', 'CUSTOM')),
    title           text        not null check (length(title) between 1 and 200),
    intro           text check (intro is null or length(intro) <= 4000),
    anonymous       boolean     not null,
    status          text        not null default 'DRAFT' check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    series_id       bigint,
    version_number  int         not null default 1,
    previous_id     bigint references survey (id),
    closes_at       timestamptz,
    opened_at       timestamptz,
    closed_at       timestamptz,
    invited         int         not null default 0,
    answered        int         not null default 0,
    version         int         not null default 0,
    created_by      bigint,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index survey_program on survey (organization_id, program_id, id desc);
create index survey_series on survey (series_id);

create table survey_question (
    id              bigint generated always as identity primary key,
    organization_id bigint not null references organization (id),
    survey_id       bigint not null references survey (id) on delete cascade,
    position        int    not null,
    type            text   not null check (type in ('SCALE', 'SINGLE', 'MULTIPLE', 'TEXT')),
    text            text   not null check (length(text) between 1 and 500),
    options         text[] not null default '{}',
    required        boolean not null default true,
    readiness       boolean not null default false,
    unique (survey_id, position)
);

-- To whom the survey goes: units (with their subtree), positions, waves of the program.
create table survey_audience (
    organization_id bigint not null references organization (id),
    survey_id       bigint not null references survey (id) on delete cascade,
    kind            text   not null check (kind in ('UNIT', 'POSITION', 'WAVE')),
    target_id       bigint not null,
    primary key (survey_id, kind, target_id)
);

-- Who is invited and whether they answered: never when, never which response.
create table survey_participation (
    organization_id bigint  not null references organization (id),
    survey_id       bigint  not null references survey (id) on delete cascade,
    person_id       bigint  not null references person (id),
    unit_id         bigint references unit (id),
    respondent_role text    not null check (respondent_role in ('SUPERVISOR', 'EMPLOYEE')),
    answered        boolean not null default false,
    primary key (survey_id, person_id)
);
create index survey_participation_person on survey_participation (person_id, answered);

-- One response per answering person: random id, unit and role for grouping, the week only.
create table survey_response (
    id              uuid   primary key default gen_random_uuid(),
    organization_id bigint not null references organization (id),
    survey_id       bigint not null references survey (id) on delete cascade,
    unit_id         bigint references unit (id),
    respondent_role text   not null check (respondent_role in ('SUPERVISOR', 'EMPLOYEE')),
    week            date   not null
);
create index survey_response_survey on survey_response (survey_id, unit_id);

create table survey_answer (
    response_id uuid   not null references survey_response (id) on delete cascade,
    survey_id   bigint not null references survey (id) on delete cascade,
    question_id bigint not null references survey_question (id) on delete cascade,
    scale       int check (scale between 1 and 5),
    choice      int check (choice >= 0),
    text_value  text check (text_value is null or length(text_value) <= 4000)
);
create index survey_answer_survey on survey_answer (survey_id, question_id);
create index survey_answer_response on survey_answer (response_id);

-- Named (not anonymous) surveys only: who gave the response and when. Never written for anonymous ones.
create table survey_response_author (
    response_id     uuid        primary key references survey_response (id) on delete cascade,
    organization_id bigint      not null references organization (id),
    survey_id       bigint      not null references survey (id) on delete cascade,
    person_id       bigint      not null references person (id),
    answered_at     timestamptz not null default now()
);
create index survey_response_author_person on survey_response_author (person_id, survey_id);
