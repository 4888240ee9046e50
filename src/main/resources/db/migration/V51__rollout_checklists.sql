-- Checklists per unit: a program's checklist template (infrastructure items, and access items that
-- expand to one item per person in scope) and the items generated from it for every wave unit.

create table rollout_checklist_template (
    program_id          bigint primary key references program (id) on delete cascade,
    organization_id     bigint      not null references organization (id),
    created_at          timestamptz not null default now()
);

create table rollout_checklist_template_item (
    id                  bigint generated always as identity primary key,
    organization_id     bigint      not null references organization (id),
    program_id          bigint      not null references program (id) on delete cascade,
    category            text        not null check (category in ('INFRASTRUCTURE', 'ACCESS')),
    title               text        not null check (length(title) between 1 and 300),
    owner_person_id     bigint references person (id),
    due_days_before     int         not null default 7 check (due_days_before between 0 and 365),
    position            int         not null,
    version             int         not null default 0,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);
create index rollout_checklist_template_item_program on rollout_checklist_template_item (program_id, position);

create table rollout_checklist_item (
    id                  bigint generated always as identity primary key,
    organization_id     bigint      not null references organization (id),
    program_id          bigint      not null references program (id) on delete cascade,
    wave_unit_id        bigint      not null references rollout_wave_unit (id) on delete cascade,
    template_item_id    bigint references rollout_checklist_template_item (id) on delete set null,
    category            text        not null check (category in ('INFRASTRUCTURE', 'ACCESS')),
    title               text        not null check (length(title) between 1 and 300),
    person_id           bigint references person (id),
    owner_person_id     bigint references person (id),
    due_date            date,
    due_set_by_hand     boolean     not null default false,
    status              text        not null default 'OPEN' check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'NOT_APPLICABLE')),
    evidence_note       text check (evidence_note is null or length(evidence_note) <= 2000),
    evidence_file_id    bigint references stored_file (id),
    done_by_name        text,
    done_at             timestamptz,
    version             int         not null default 0,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);
-- Generation is idempotent: one item per template item, wave unit and (for access items) person.
create unique index rollout_checklist_item_once on rollout_checklist_item (wave_unit_id, template_item_id, coalesce(person_id, 0))
    where template_item_id is not null;
create index rollout_checklist_item_unit on rollout_checklist_item (wave_unit_id, category, id);
create index rollout_checklist_item_program on rollout_checklist_item (program_id, status);
create index rollout_checklist_item_person on rollout_checklist_item (person_id) where person_id is not null;
