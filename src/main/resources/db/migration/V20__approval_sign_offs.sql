-- Sign-offs (module approval): a request about any subject, its steps and approvers per round,
-- decisions with conditions, a comment thread, and delegations to acting approvers.
-- Rounds copy the steps and approvers, so an earlier round's decisions stay as they were.
create table sign_off (
    id                    bigint generated always as identity primary key,
    organization_id       bigint      not null references organization (id),
    subject_type          text        not null check (subject_type ~ '^[a-z][a-z0-9_.-]{0,63}$'),
    subject_id            bigint,
    title                 text        not null check (length(title) between 1 and 200),
    description           text check (description is null or length(description) <= 4000),
    link_path             text check (link_path is null or (length(link_path) <= 500 and link_path like '/%')),
    unit_id               bigint references unit (id),
    requested_by_user_id  bigint references user_account (id),
    requester_person_id   bigint references person (id),
    requester_name        text        not null,
    status                text        not null default 'OPEN' check (status in ('OPEN', 'APPROVED', 'REJECTED', 'CANCELLED')),
    round                 int         not null default 1 check (round >= 1),
    current_step          int,
    due_on                date,
    stale                 boolean     not null default false,
    stale_reason          text,
    stale_at              timestamptz,
    decided_at            timestamptz,
    last_escalated_at     timestamptz,
    escalations           int         not null default 0,
    version               int         not null default 0,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now()
);
create index sign_off_org on sign_off (organization_id, id desc);
create index sign_off_subject on sign_off (organization_id, subject_type, subject_id, id desc);
create index sign_off_requester on sign_off (organization_id, requester_person_id, id desc);
create index sign_off_unit on sign_off (organization_id, unit_id, id desc) where unit_id is not null;
create index sign_off_overdue on sign_off (due_on) where status = 'OPEN' and due_on is not null;

create table sign_off_step (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    sign_off_id     bigint      not null references sign_off (id),
    round           int         not null,
    ordinal         int         not null check (ordinal >= 1),
    name            text check (name is null or length(name) <= 100),
    rule            text        not null check (rule in ('ANY', 'ALL', 'QUORUM')),
    quorum          int         not null check (quorum >= 1),
    status          text        not null default 'WAITING' check (status in ('WAITING', 'OPEN', 'APPROVED', 'REJECTED', 'CLOSED')),
    opened_at       timestamptz,
    decided_at      timestamptz,
    unique (sign_off_id, round, ordinal)
);
create index sign_off_step_open on sign_off_step (sign_off_id) where status = 'OPEN';

create table sign_off_approver (
    id                  bigint generated always as identity primary key,
    organization_id     bigint      not null references organization (id),
    sign_off_id         bigint      not null references sign_off (id),
    step_id             bigint      not null references sign_off_step (id),
    round               int         not null,
    person_id           bigint      not null references person (id),
    decision            text check (decision in ('APPROVED', 'APPROVED_WITH_CONDITIONS', 'REJECTED')),
    decided_at          timestamptz,
    decided_by_user_id  bigint references user_account (id),
    acting_person_id    bigint references person (id),
    comment             text check (comment is null or length(comment) <= 4000),
    unique (step_id, person_id),
    check ((decision is null) = (decided_at is null))
);
create index sign_off_approver_person on sign_off_approver (organization_id, person_id, sign_off_id);
create index sign_off_approver_waiting on sign_off_approver (organization_id, person_id) where decision is null;
create index sign_off_approver_sign_off on sign_off_approver (sign_off_id, round);

create table sign_off_condition (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    sign_off_id     bigint      not null references sign_off (id),
    approver_id     bigint      not null references sign_off_approver (id),
    ordinal         int         not null,
    text            text        not null check (length(text) between 1 and 500)
);
create index sign_off_condition_sign_off on sign_off_condition (sign_off_id, approver_id, ordinal);

-- The thread: plain comments and the decisions, round changes and stale marks that explain the request.
create table sign_off_comment (
    id               bigint generated always as identity primary key,
    organization_id  bigint      not null references organization (id),
    sign_off_id      bigint      not null references sign_off (id),
    round            int         not null,
    kind             text        not null check (kind in ('COMMENT', 'APPROVED', 'APPROVED_WITH_CONDITIONS', 'REJECTED',
                                                          'CANCELLED', 'NEW_ROUND', 'STALE', 'DELEGATED', 'ESCALATED')),
    author_user_id   bigint references user_account (id),
    author_person_id bigint references person (id),
    author_name      text        not null,
    on_behalf_of     text,
    body             text check (body is null or length(body) <= 4000),
    created_at       timestamptz not null default now()
);
create index sign_off_comment_sign_off on sign_off_comment (sign_off_id, id);

-- An approver lets another person decide for them: for one request, or for every request during a period.
create table sign_off_delegation (
    id                 bigint generated always as identity primary key,
    organization_id    bigint      not null references organization (id),
    from_person_id     bigint      not null references person (id),
    to_person_id       bigint      not null references person (id),
    sign_off_id        bigint references sign_off (id),
    starts_on          date,
    ends_on            date,
    reason             text check (reason is null or length(reason) <= 500),
    created_by_user_id bigint references user_account (id),
    created_at         timestamptz not null default now(),
    revoked_at         timestamptz,
    version            int         not null default 0,
    check (from_person_id <> to_person_id),
    check (sign_off_id is not null or (starts_on is not null and ends_on is not null and ends_on >= starts_on))
);
create index sign_off_delegation_to on sign_off_delegation (organization_id, to_person_id) where revoked_at is null;
create index sign_off_delegation_from on sign_off_delegation (organization_id, from_person_id, id desc);
