-- Vendor selection inside a program (seed 002 part C: six questions, a shortlist of five; seed 003:
-- competition strategy, execution plan, tender documents, a sensible weighting of price and quality).
-- A selection has criteria with weights that total 100 % (one PRICE criterion scored from the bids,
-- QUALITY criteria scored by evaluators 0–10), vendors with their cost components (minor units in the
-- selection's currency), evaluators whose scores stay hidden until every one of them has submitted,
-- and a decision that is signed off through the approval module. See docs/adr/0017.
create table procurement_selection (
    id                   bigint generated always as identity primary key,
    organization_id      bigint      not null references organization (id),
    program_id           bigint      not null references program (id) on delete cascade,
    title                text        not null check (length(title) between 1 and 300),
    purpose              text check (length(purpose) <= 4000),
    currency             text        not null check (currency ~ '^[A-Z]{3}$'),
    status               text        not null default 'OPEN' check (status in ('OPEN', 'DECISION_REQUESTED', 'DECIDED')),
    -- the procurement plan
    competition_strategy text check (length(competition_strategy) <= 4000),
    tender_published_on  date,
    bids_due_on          date,
    decision_due_on      date,
    -- the decision
    chosen_vendor_id     bigint,
    decision_rationale   text check (length(decision_rationale) <= 4000),
    sign_off_id          bigint,
    decided_at           timestamptz,
    version              int         not null default 0,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now()
);
create index procurement_selection_program on procurement_selection (organization_id, program_id, id);

create table procurement_criterion (
    id              bigint generated always as identity primary key,
    organization_id bigint   not null references organization (id),
    selection_id    bigint   not null references procurement_selection (id) on delete cascade,
    position        int      not null,
    name            text     not null check (length(name) between 1 and 300),
    description     text check (length(description) <= 2000),
    kind            text     not null check (kind in ('PRICE', 'QUALITY')),
    weight          smallint not null check (weight between 0 and 100)
);
create index procurement_criterion_selection on procurement_criterion (selection_id, position, id);
create unique index procurement_criterion_one_price on procurement_criterion (selection_id) where kind = 'PRICE';

create table procurement_vendor (
    id                bigint generated always as identity primary key,
    organization_id   bigint      not null references organization (id),
    selection_id      bigint      not null references procurement_selection (id) on delete cascade,
    name              text        not null check (length(name) between 1 and 200),
    product           text check (length(product) <= 200),
    key_advantages    text check (length(key_advantages) <= 4000),
    shortlisted       boolean     not null default true,
    trial_available   boolean     not null default false,
    trial_notes       text check (length(trial_notes) <= 2000),
    estimate          text check (length(estimate) <= 4000),
    seats_minor       bigint      not null default 0 check (seats_minor >= 0),
    features_minor    bigint      not null default 0 check (features_minor >= 0),
    upgrades_minor    bigint      not null default 0 check (upgrades_minor >= 0),
    training_minor    bigint      not null default 0 check (training_minor >= 0),
    hiring_minor      bigint      not null default 0 check (hiring_minor >= 0),
    integration_minor bigint      not null default 0 check (integration_minor >= 0),
    migration_minor   bigint      not null default 0 check (migration_minor >= 0),
    version           int         not null default 0,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);
create index procurement_vendor_selection on procurement_vendor (selection_id, id);
alter table procurement_selection add constraint procurement_selection_chosen
    foreign key (chosen_vendor_id) references procurement_vendor (id) on delete set null;

create table procurement_evaluator (
    selection_id    bigint      not null references procurement_selection (id) on delete cascade,
    person_id       bigint      not null references person (id),
    organization_id bigint      not null references organization (id),
    submitted_at    timestamptz,
    version         int         not null default 0,
    primary key (selection_id, person_id)
);

-- One evaluator's score of one vendor on one quality criterion, on the fixed 0–10 scale.
create table procurement_score (
    selection_id    bigint   not null references procurement_selection (id) on delete cascade,
    person_id       bigint   not null,
    vendor_id       bigint   not null references procurement_vendor (id) on delete cascade,
    criterion_id    bigint   not null references procurement_criterion (id) on delete cascade,
    organization_id bigint   not null references organization (id),
    score           smallint not null check (score between 0 and 10),
    primary key (selection_id, person_id, vendor_id, criterion_id),
    foreign key (selection_id, person_id) references procurement_evaluator (selection_id, person_id) on delete cascade
);
create index procurement_score_vendor on procurement_score (vendor_id);
create index procurement_score_criterion on procurement_score (criterion_id);

-- What a vendor commits to (a delivery, a stage); the chosen vendor's commitments become milestones
-- of the program's plan once the decision is signed off.
create table procurement_commitment (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    vendor_id       bigint      not null references procurement_vendor (id) on delete cascade,
    title           text        not null check (length(title) between 1 and 300),
    due_on          date        not null,
    acceptance      text        not null check (length(acceptance) between 1 and 1000),
    task_id         bigint references program_task (id) on delete set null,
    created_at      timestamptz not null default now()
);
create index procurement_commitment_vendor on procurement_commitment (vendor_id, due_on, id);

-- Tender documents of the procurement plan, kept as stored files.
create table procurement_tender_document (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    selection_id    bigint      not null references procurement_selection (id) on delete cascade,
    file_id         bigint      not null references stored_file (id),
    title           text        not null check (length(title) between 1 and 300),
    created_at      timestamptz not null default now()
);
create index procurement_tender_document_selection on procurement_tender_document (selection_id, id);
