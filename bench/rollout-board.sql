-- The board's SQL on the large demo, as the readiness signals and the wave unit list issue it
-- (run by bench/run-rollout.sh after the timings; :program is the 1,000-unit program).
select organization_id as org from program where id = :program \gset
\echo 'wave units of the program (the board rows)'
explain (analyze, buffers, costs off)
select wu.id, wu.program_id, wu.wave_id, w.position, w.name as wave_name, wu.unit_id, u.name, u.path,
       coalesce(u.acting_head_person_id, u.head_person_id) as head_id, h.full_name, wu.scope_kind,
       wu.planned_go_live, wu.live_on, wu.live_by_name, wu.score, wu.ready, wu.signed_score, wu.version
from rollout_wave_unit wu join rollout_wave w on w.id = wu.wave_id join unit u on u.id = wu.unit_id
left join person h on h.id = coalesce(u.acting_head_person_id, u.head_person_id)
where wu.organization_id = :org and wu.program_id = :program order by w.position, u.name, wu.id;
\echo 'checklist shares per unit, counted from the items (before V55)'
explain (analyze, buffers, costs off)
select wu.unit_id, sum(x.done)::int, sum(x.total)::int
from (select i.wave_unit_id, count(*) filter (where i.status in ('DONE', 'NOT_APPLICABLE')) as done, count(*) as total
      from rollout_checklist_item i where i.organization_id = :org and i.program_id = :program group by i.wave_unit_id) x
join rollout_wave_unit wu on wu.id = x.wave_unit_id
where wu.unit_id = any (array(select unit_id from rollout_wave_unit where program_id = :program)) group by wu.unit_id;
\echo 'checklist shares per unit, read from the counts kept on the wave units (V55)'
explain (analyze, buffers, costs off)
select wu.unit_id, sum(wu.checklist_done)::int, sum(wu.checklist_total)::int from rollout_wave_unit wu
where wu.organization_id = :org and wu.program_id = :program
  and wu.unit_id = any (array(select unit_id from rollout_wave_unit where program_id = :program)) group by wu.unit_id;
\echo 'latest sign-off per wave unit (the SIGN_OFF signal)'
explain (analyze, buffers, costs off)
select distinct on (s.subject_id) s.id, s.subject_id, s.status, s.stale from sign_off s
where s.organization_id = :org and s.subject_type = 'rollout.unit'
  and s.subject_id in (select id from rollout_wave_unit where program_id = :program)
order by s.subject_id, s.id desc;
\echo 'item updates so far, and how many of them were heap-only (no index entries written)'
select n_tup_upd, n_tup_hot_upd from pg_stat_user_tables where relname = 'rollout_checklist_item';
