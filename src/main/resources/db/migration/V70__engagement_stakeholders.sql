-- A program's stakeholder register: people of the organisation or named groups, inside or outside
-- it, placed on the influence × interest grid, with their attitude, concerns and how each is addressed.
create table engagement_stakeholder (
    id                bigint generated always as identity primary key,
    organization_id   bigint      not null references organization (id),
    program_id        bigint      not null references program (id) on delete cascade,
    kind              text        not null check (kind in ('PERSON', 'GROUP')),
    person_id         bigint references person (id),
    name              text check (name is null or length(name) between 1 and 200),
    internal          boolean     not null default true,
    email             text check (email is null or length(email) between 3 and 254),
    unit_id           bigint references unit (id),
    position_id       bigint references position (id),
    influence         int         not null check (influence between 1 and 5),
    interest          int         not null check (interest between 1 and 5),
    attitude          text        not null check (attitude in ('RESISTANT', 'SCEPTICAL', 'NEUTRAL', 'SUPPORTIVE', 'CHAMPION')),
    notes             text check (notes is null or length(notes) <= 4000),
    version           int         not null default 0,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    check (person_id is not null or name is not null)
);
create index engagement_stakeholder_program on engagement_stakeholder (organization_id, program_id, influence desc, interest desc, id);
create unique index engagement_stakeholder_person on engagement_stakeholder (program_id, person_id) where person_id is not null;

-- "Will I lose my job?" and the answer the program gives: kept in order, replaced with the stakeholder.
create table engagement_concern (
    id              bigint generated always as identity primary key,
    organization_id bigint not null references organization (id),
    stakeholder_id  bigint not null references engagement_stakeholder (id) on delete cascade,
    position        int    not null,
    concern         text   not null check (length(concern) between 1 and 1000),
    response        text check (response is null or length(response) <= 2000),
    unique (stakeholder_id, position)
);

-- Anchoring activities: what the program does with a stakeholder (a talk, a demo, a role in the pilot),
-- optionally tied to a task of the plan.
create table engagement_activity (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    program_id      bigint      not null references program (id) on delete cascade,
    stakeholder_id  bigint      not null references engagement_stakeholder (id) on delete cascade,
    title           text        not null check (length(title) between 1 and 300),
    task_id         bigint references program_task (id) on delete set null,
    due_on          date,
    done            boolean     not null default false,
    version         int         not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index engagement_activity_stakeholder on engagement_activity (stakeholder_id, due_on, id);
create index engagement_activity_task on engagement_activity (task_id) where task_id is not null;
