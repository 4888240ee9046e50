-- A problem past its SLA is escalated once per due time: escalated_for_due holds the sla_due_at that
-- was escalated, so a due time moved later (a pause, a new severity) can be escalated again when it
-- passes, and a rerun or a second node never mails twice for the same one.
alter table problem add column sla_escalated_for_due timestamptz;
create index problem_sla_watch on problem (sla_due_at)
    where status in ('NEW', 'IN_PROGRESS') and paused_at is null;
