-- A KPI may measure one indicator of the process catalog (issue 6: "the process catalog's indicators
-- … refer to these same KPIs"). No foreign key: the process tables come later in the migration order
-- (V100); the measure module unties KPIs when a specification change removes their indicator, and reads
-- treat an indicator that no longer exists as no link.
alter table kpi add column process_indicator_id bigint;
create index kpi_process_indicator on kpi (process_indicator_id) where process_indicator_id is not null;
