-- Training: courses of a program (aspects of the new system they cover, audience by position and
-- unit), versioned materials, sessions (stored in UTC with the zone they were planned in),
-- enrolments with attendance, test score and feedback, iCal invitations and calendar feeds.

create table training_aspect (
    organization_id bigint not null references organization (id),
    program_id      bigint not null references program (id) on delete cascade,
    aspect          text   not null check (length(aspect) between 1 and 200),
    primary key (program_id, aspect)
);

create table training_course (
    id               bigint generated always as identity primary key,
    organization_id  bigint      not null references organization (id),
    program_id       bigint      not null references program (id) on delete cascade,
    title            text        not null check (length(title) between 1 and 200),
    description      text check (description is null or length(description) <= 4000),
    aspects          text[]      not null default '{}',
    position_ids     bigint[]    not null default '{}',
    unit_ids         bigint[]    not null default '{}',
    duration_minutes int         not null check (duration_minutes between 1 and 100000),
    pass_mark        int check (pass_mark is null or pass_mark between 0 and 100),
    required         boolean     not null default true,
    version          int         not null default 0,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);
create index training_course_program on training_course (organization_id, program_id, lower(title), id);

-- Each upload or page edit of a material adds a revision; earlier revisions stay readable.
create table training_material (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    course_id       bigint      not null references training_course (id) on delete cascade,
    title           text        not null check (length(title) between 1 and 200),
    kind            text        not null check (kind in ('FILE', 'PAGE')),
    revision        int         not null,
    file_id         bigint references stored_file (id),
    body            text check (body is null or length(body) <= 100000),
    added_by_name   text        not null,
    created_at      timestamptz not null default now(),
    unique (course_id, title, revision),
    check ((kind = 'FILE') = (file_id is not null))
);

create table training_session (
    id                bigint generated always as identity primary key,
    organization_id   bigint      not null references organization (id),
    program_id        bigint      not null references program (id) on delete cascade,
    course_id         bigint      not null references training_course (id),
    format            text        not null check (format in ('TRAINING', 'SEMINAR', 'E_LEARNING', 'FLOOR_WALKING')),
    starts_at         timestamptz not null,
    ends_at           timestamptz not null,
    time_zone         text        not null,
    place             text check (place is null or length(place) <= 300),
    room              text check (room is null or length(room) <= 100),
    link              text check (link is null or length(link) <= 1000),
    trainer_person_id bigint references person (id),
    capacity          int check (capacity is null or capacity between 1 and 100000),
    status            text        not null default 'SCHEDULED' check (status in ('SCHEDULED', 'CANCELLED')),
    sequence          int         not null default 0,
    version           int         not null default 0,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    check (ends_at > starts_at)
);
create index training_session_program on training_session (organization_id, program_id, starts_at, id);
create index training_session_course on training_session (course_id);
create index training_session_trainer on training_session (trainer_person_id, starts_at) where status = 'SCHEDULED';
create index training_session_room on training_session (organization_id, lower(room), starts_at) where status = 'SCHEDULED';

create table training_enrolment (
    id               bigint generated always as identity primary key,
    organization_id  bigint      not null references organization (id),
    session_id       bigint      not null references training_session (id) on delete cascade,
    person_id        bigint      not null references person (id),
    status           text        not null check (status in ('ENROLLED', 'WAITLISTED')),
    attendance       text check (attendance is null or attendance in ('ATTENDED', 'NO_SHOW', 'EXCUSED')),
    score            int check (score is null or score between 0 and 100),
    feedback_rating  int check (feedback_rating is null or feedback_rating between 1 and 5),
    feedback_comment text check (feedback_comment is null or length(feedback_comment) <= 2000),
    enrolled_at      timestamptz not null default now(),
    version          int         not null default 0,
    unique (session_id, person_id)
);
create index training_enrolment_person on training_enrolment (person_id, session_id);
create index training_enrolment_waitlist on training_enrolment (session_id, status, enrolled_at, id);

-- An invitation run: one per "send" and one per change or cancellation of a session already sent.
create table training_invitation_run (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    session_id      bigint      not null references training_session (id) on delete cascade,
    method          text        not null check (method in ('REQUEST', 'CANCEL')),
    sequence        int         not null,
    total           int         not null default 0,
    started_by_name text        not null,
    created_at      timestamptz not null default now()
);
create index training_invitation_run_session on training_invitation_run (session_id, id desc);

-- One row per recipient; the background job turns PENDING rows into outbox mail in the same
-- transaction, so a restart loses nothing and nobody gets the same invitation twice.
create table training_invitation (
    run_id          bigint      not null references training_invitation_run (id) on delete cascade,
    organization_id bigint      not null references organization (id),
    person_id       bigint      not null references person (id),
    status          text        not null default 'PENDING' check (status in ('PENDING', 'QUEUED', 'INVALID')),
    problem         text,
    primary key (run_id, person_id)
);
create index training_invitation_pending on training_invitation (run_id) where status = 'PENDING';

-- The secret of a person's subscribable calendar feed; revoking replaces it.
create table training_feed (
    person_id       bigint primary key references person (id),
    organization_id bigint      not null references organization (id),
    secret          text        not null unique,
    created_at      timestamptz not null default now()
);

-- Reminders already sent, so the daily job never repeats one.
create table training_reminder (
    organization_id bigint      not null references organization (id),
    course_id       bigint      not null references training_course (id) on delete cascade,
    person_id       bigint      not null references person (id),
    kind            text        not null check (kind in ('NOT_ENROLLED', 'NO_SHOW')),
    sent_at         timestamptz not null default now(),
    primary key (course_id, person_id, kind)
);
