-- Unit-level training needs (issue 7 item 7): from the gap matrix a unit head or a coordinator asks
-- for a training session for everyone in a unit's subtree with a gap in one competency. The
-- training module (which may depend on this module, never the reverse) schedules the session and
-- fills session_ref; until then the request is the need, counted as it was when it was asked for.
create table training_session_request (
    id               bigint generated always as identity primary key,
    organization_id  bigint      not null references organization (id),
    unit_id          bigint      not null references unit (id),
    competency_id    bigint      not null references competency (id),
    people_with_gap  int         not null check (people_with_gap > 0),
    average_gap      numeric(4, 2) not null,
    note             text check (note is null or length(note) <= 1000),
    status           text        not null default 'REQUESTED' check (status in ('REQUESTED', 'SCHEDULED', 'CANCELLED')),
    session_ref      text check (session_ref is null or length(session_ref) <= 200),
    requested_by_name text       not null,
    requested_at     timestamptz not null default now(),
    version          int         not null default 0
);
-- one open request per unit and competency
create unique index training_session_request_open on training_session_request (organization_id, unit_id, competency_id)
    where status = 'REQUESTED';
create index training_session_request_list on training_session_request (organization_id, id desc);
