-- Status reports of a program (seed 000 item 2.4): immutable snapshots of the figures at generation time.
-- Only the health verdict (rag) may change afterwards, by the coordinator's override with a comment; the
-- figures and the rule's proposal never do. A scheduled report exists once per program and period end,
-- which the partial unique index guarantees even when two nodes run the job at the same moment.
create table status_report (
    id                  bigint generated always as identity primary key,
    organization_id     bigint      not null references organization (id),
    program_id          bigint      not null references program (id) on delete cascade,
    kind                text        not null check (kind in ('SCHEDULED', 'ON_DEMAND')),
    period_start        date        not null,
    period_end          date        not null,
    generated_at        timestamptz not null default now(),
    generated_by_name   text        not null,
    proposed_rag        text        not null check (proposed_rag in ('GREEN', 'AMBER', 'RED')),
    rag                 text        not null check (rag in ('GREEN', 'AMBER', 'RED')),
    override_comment    text check (length(override_comment) <= 2000),
    overridden_by_name  text,
    overridden_at       timestamptz,
    figures             jsonb       not null,
    version             int         not null default 0,
    check (period_end >= period_start),
    check (rag = proposed_rag or override_comment is not null)
);
create index status_report_program on status_report (organization_id, program_id, id desc);
create unique index status_report_scheduled_once on status_report (program_id, period_end) where kind = 'SCHEDULED';

-- How often a program's reports are generated (weekly unless set otherwise); no row = weekly.
create table status_report_schedule (
    program_id      bigint      primary key references program (id) on delete cascade,
    organization_id bigint      not null references organization (id),
    cadence         text        not null check (cadence in ('WEEKLY', 'FORTNIGHTLY', 'MONTHLY', 'OFF')),
    version         int         not null default 0,
    updated_at      timestamptz not null default now()
);

-- Who gets each new report by e-mail (with the PDF attached); only readers of the program are sent it.
create table status_report_subscription (
    organization_id bigint      not null references organization (id),
    program_id      bigint      not null references program (id) on delete cascade,
    account_id      bigint      not null references user_account (id) on delete cascade,
    created_at      timestamptz not null default now(),
    primary key (program_id, account_id)
);
create index status_report_subscription_account on status_report_subscription (account_id);
