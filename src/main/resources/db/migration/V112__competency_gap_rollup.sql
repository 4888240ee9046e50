-- The gap matrix reads running totals instead of every assessment item (ADR 0018): per unit and
-- competency, how many latest agreed assessments of people counted in that unit have an item, how
-- many of those show a gap, and the sum of the gaps. Kept in the transaction that agrees an
-- assessment or moves a person; the matrix sums the rows of a unit subtree (≈ units × competencies).
alter table assessment add column counted_unit_id bigint references unit (id) on delete set null;
comment on column assessment.counted_unit_id is
    'The unit whose gap_rollup rows include this (latest agreed) assessment; null when it counts nowhere.';

create table gap_rollup (
    organization_id bigint not null references organization (id),
    unit_id         bigint not null references unit (id) on delete cascade,
    competency_id   bigint not null references competency (id) on delete cascade,
    assessed        int    not null,
    with_gap        int    not null,
    gap_sum         bigint not null,
    primary key (organization_id, unit_id, competency_id)
);

update assessment a set counted_unit_id = p.unit_id
from person p where p.id = a.person_id and a.latest;

insert into gap_rollup (organization_id, unit_id, competency_id, assessed, with_gap, gap_sum)
select a.organization_id, a.counted_unit_id, i.competency_id, count(*), count(*) filter (where i.gap > 0), sum(i.gap)
from assessment a join assessment_item i on i.assessment_id = a.id
where a.latest and a.counted_unit_id is not null
group by 1, 2, 3;
