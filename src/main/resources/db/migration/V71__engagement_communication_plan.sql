-- The communication plan: what is said to whom, when and how. E-mail items are sent by the system
-- on their date (engagement_delivery rows, one per recipient, turned into outbox mail in the background).
create table engagement_communication (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    program_id      bigint      not null references program (id) on delete cascade,
    title           text        not null check (length(title) between 1 and 300),
    message_type    text        not null check (message_type in ('PROGRESS', 'UPCOMING_CHANGE', 'HOW_TO_GET_HELP', 'WHY')),
    channel         text        not null check (channel in ('EMAIL', 'MEETING', 'INTRANET', 'OTHER')),
    planned_on      date        not null,
    owner_person_id bigint references person (id),
    status          text        not null default 'PLANNED' check (status in ('PLANNED', 'SENDING', 'SENT', 'DONE', 'CANCELLED')),
    subject         text check (subject is null or length(subject) <= 300),
    body            text check (body is null or length(body) <= 20000),
    agenda          text check (agenda is null or length(agenda) <= 20000),
    notes           text check (notes is null or length(notes) <= 20000),
    sent_at         timestamptz,
    version         int         not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index engagement_communication_program on engagement_communication (organization_id, program_id, planned_on, id);
create index engagement_communication_due on engagement_communication (planned_on) where status = 'PLANNED' and channel = 'EMAIL';

-- Whom an item addresses: units (with their subtrees), positions, waves (their units) and stakeholders.
create table engagement_audience (
    communication_id bigint not null references engagement_communication (id) on delete cascade,
    organization_id  bigint not null references organization (id),
    kind             text   not null check (kind in ('UNIT', 'POSITION', 'WAVE', 'STAKEHOLDER')),
    ref_id           bigint not null,
    primary key (communication_id, kind, ref_id)
);

-- The e-mail in other languages than the item's own; a recipient without one gets the item's text.
create table engagement_translation (
    communication_id bigint not null references engagement_communication (id) on delete cascade,
    organization_id  bigint not null references organization (id),
    language         text   not null check (language in ('en', 'ru', 'de', 'nb', 'it')),
    subject          text   not null check (length(subject) between 1 and 300),
    body             text   not null check (length(body) between 1 and 20000),
    primary key (communication_id, language)
);

-- The sent log: one row per recipient of an e-mail item. PENDING rows wait for the background sender;
-- INVALID ones could not be addressed (logged, the rest still sent); QUEUED ones point at their outbox
-- message, whose delivery, attempts and last error the log shows.
create table engagement_delivery (
    id               bigint generated always as identity primary key,
    organization_id  bigint not null references organization (id),
    communication_id bigint not null references engagement_communication (id) on delete cascade,
    person_id        bigint references person (id),
    stakeholder_id   bigint references engagement_stakeholder (id) on delete set null,
    name             text   not null,
    email            text,
    language         text   not null,
    status           text   not null default 'PENDING' check (status in ('PENDING', 'QUEUED', 'INVALID')),
    problem          text,
    outbox_id        bigint references mail_outbox (id) on delete set null,
    created_at       timestamptz not null default now()
);
create index engagement_delivery_item on engagement_delivery (communication_id, id);
create index engagement_delivery_pending on engagement_delivery (id) where status = 'PENDING';
