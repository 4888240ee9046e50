-- Sub-process counts and the "has sub-processes" checks look a process's children up by parent_id
-- alone; the (organization_id, parent_id, …) index cannot serve them (the process map counted the
-- children of 320 boxes in 46 ms on the large demo data set, under 5 ms with this index).
create index process_parent_only on process (parent_id);

-- Which checks a specification fails, as a bit set next to the completeness figure, so that the
-- catalog-wide checks are plain queries. NULL until computed: rows written before this column are
-- filled in on the next start (SummaryBackfill).
alter table process add column failed_checks int;
