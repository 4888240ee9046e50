-- Checklist progress kept per wave unit: ChecklistRepository recounts the touched wave units in the
-- transaction of every item change, so the board and the recompute read 1,000 rows instead of counting
-- 25,000 items per request (issue 4's budgets). Derived figures: no version bump when they change.
alter table rollout_wave_unit
    add column checklist_done  int not null default 0,
    add column checklist_total int not null default 0;

update rollout_wave_unit wu set checklist_done = c.done, checklist_total = c.total
from (select wave_unit_id, count(*) filter (where status in ('DONE', 'NOT_APPLICABLE')) as done, count(*) as total
      from rollout_checklist_item group by wave_unit_id) c
where c.wave_unit_id = wu.id;

-- With the counts stored, no index needs the item's status any more: a bulk status change is then a
-- heap-only (HOT) update that writes no index entries, and the free space per page makes that likely.
drop index rollout_checklist_item_share;
drop index rollout_checklist_item_program;
create index rollout_checklist_item_program on rollout_checklist_item (organization_id, program_id, wave_unit_id);
alter table rollout_checklist_item set (fillfactor = 80);
