package org.uptake.competency.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The running totals behind the gap matrix (ADR 0018): {@code gap_rollup} holds, per unit and
 * competency, the items of the latest agreed assessments counted in that unit; each assessment
 * remembers that unit in {@code counted_unit_id}. Whatever is counted is taken out again from the
 * unit it was counted in, so the totals stay exact however often people move or are re-assessed.
 */
@Repository
class GapRollupRepository {

    /** Clears the counted unit of the chosen assessments and takes their items out of that unit's totals. */
    private static final String UNCOUNT = """
            with uncounted as (
                update assessment a set counted_unit_id = null %s
                from (select x.id, x.counted_unit_id from assessment x join person p on p.id = x.person_id
                      where x.organization_id = :org and %s for update of x) old
                where a.id = old.id
                returning old.id, old.counted_unit_id as unit_id)
            update gap_rollup g set assessed = g.assessed - d.assessed, with_gap = g.with_gap - d.with_gap,
                   gap_sum = g.gap_sum - d.gap_sum
            from (select u.unit_id, i.competency_id, count(*) as assessed, count(*) filter (where i.gap > 0) as with_gap,
                         sum(i.gap) as gap_sum
                  from uncounted u join assessment_item i on i.assessment_id = u.id
                  where u.unit_id is not null group by 1, 2) d
            where g.organization_id = :org and g.unit_id = d.unit_id and g.competency_id = d.competency_id""";

    /** Counts the chosen latest assessments in their person's current unit (people without a unit count nowhere). */
    private static final String COUNT = """
            with counted as (
                update assessment a set counted_unit_id = p.unit_id
                from person p
                where p.id = a.person_id and a.organization_id = :org and a.latest and a.counted_unit_id is null
                  and p.unit_id is not null and %s
                returning a.id, a.counted_unit_id as unit_id)
            insert into gap_rollup as g (organization_id, unit_id, competency_id, assessed, with_gap, gap_sum)
            select :org, c.unit_id, i.competency_id, count(*), count(*) filter (where i.gap > 0), sum(i.gap)
            from counted c join assessment_item i on i.assessment_id = c.id
            group by 2, 3
            on conflict (organization_id, unit_id, competency_id) do update
            set assessed = g.assessed + excluded.assessed, with_gap = g.with_gap + excluded.with_gap,
                gap_sum = g.gap_sum + excluded.gap_sum""";

    private final JdbcClient jdbc;

    GapRollupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The assessment becomes the person's latest: the previous latest one leaves the totals, this one joins them. */
    void agreed(long organizationId, long assessmentId, long personId, String by) {
        jdbc.sql(UNCOUNT.formatted(", latest = false", "x.person_id = :person and x.latest"))
                .param("org", organizationId).param("person", personId).update();
        jdbc.sql("update assessment set status = 'AGREED', latest = true, agreed_at = now(), agreed_by_name = ? where id = ?")
                .params(by, assessmentId).update();
        jdbc.sql(COUNT.formatted("a.id = :id")).param("org", organizationId).param("id", assessmentId).update();
    }

    /** People changed unit: their latest assessments move from the unit they were counted in to the current one. */
    void peopleMoved(long organizationId, Collection<Long> personIds) {
        Long[] ids = personIds.toArray(Long[]::new);
        jdbc.sql(UNCOUNT.formatted("", "x.latest and x.person_id = any(:ids) and x.counted_unit_id is distinct from p.unit_id"))
                .param("org", organizationId).param("ids", ids).update();
        jdbc.sql(COUNT.formatted("a.person_id = any(:ids)")).param("org", organizationId).param("ids", ids).update();
    }

    /** Counts every latest assessment not counted yet: for rows written in bulk (the large demo). */
    void countUncounted(long organizationId) {
        jdbc.sql(COUNT.formatted("true")).param("org", organizationId).update();
    }

    /**
     * The matrix cells from the totals of the subtree's units, grouped by the sub-unit on the path;
     * the average is computed exactly as {@code avg} over the items would (numeric sum / count).
     */
    List<Map<String, Object>> cells(long organizationId, String pathPrefix, int groupDepth, long self) {
        return jdbc.sql(CELLS).params(cellParams(organizationId, pathPrefix, groupDepth, self)).query().listOfRows();
    }

    static final String CELLS = """
            select cast(coalesce(nullif(split_part(u.path, '/', :part), ''), :self) as bigint) as row_id, g.competency_id,
                   sum(g.with_gap) as with_gap, sum(g.assessed) as assessed,
                   (sum(g.gap_sum) / sum(g.assessed))::float8 as average_gap
            from gap_rollup g join unit u on u.id = g.unit_id
            where g.organization_id = :org and g.assessed > 0 and u.organization_id = :org and u.path like :prefix
            group by 1, 2""";

    static Map<String, Object> cellParams(long organizationId, String pathPrefix, int groupDepth, long self) {
        return Map.of("org", organizationId, "prefix", pathPrefix + "%", "part", groupDepth + 2, "self", String.valueOf(self));
    }
}
