package org.uptake.process.spec;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the parts of specifications, one query per kind of part, for one process or many at once. */
@Repository
class SpecificationRepository {

    static final RowMapper<ProcessIndicator> INDICATOR = (rs, n) -> new ProcessIndicator(rs.getLong("id"),
            rs.getLong("process_id"), rs.getLong("goal_id"), rs.getString("name"), strings(rs, "methods"),
            rs.getInt("sort_order"), rs.getInt("version"));

    private final JdbcClient jdbc;

    SpecificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    List<ProcessClient> clients(long organizationId, Collection<Long> processIds) {
        return jdbc.sql("""
                select id, process_id, name, kind, needs, sort_order, version from process_client
                where organization_id = :org and process_id in (:ids) order by process_id, sort_order, id""")
                .param("org", organizationId).param("ids", processIds).query(ProcessClient.class).list();
    }

    List<ProcessGoal> goals(long organizationId, Collection<Long> processIds) {
        return jdbc.sql("""
                select id, process_id, client_id, text, sort_order, version from process_goal
                where organization_id = :org and process_id in (:ids) order by process_id, sort_order, id""")
                .param("org", organizationId).param("ids", processIds).query(ProcessGoal.class).list();
    }

    List<ProcessResult> results(long organizationId, Collection<Long> processIds) {
        return jdbc.sql("""
                select id, process_id, text, sort_order, version from process_result
                where organization_id = :org and process_id in (:ids) order by process_id, sort_order, id""")
                .param("org", organizationId).param("ids", processIds).query(ProcessResult.class).list();
    }

    List<ProcessIndicator> indicators(long organizationId, Collection<Long> processIds) {
        return jdbc.sql("""
                select id, process_id, goal_id, name, methods, sort_order, version from process_indicator
                where organization_id = :org and process_id in (:ids) order by process_id, sort_order, id""")
                .param("org", organizationId).param("ids", processIds).query(INDICATOR).list();
    }

    List<ProcessSupplier> suppliers(long organizationId, long processId) {
        return jdbc.sql("""
                select s.id, s.process_id, s.name, s.kind, s.unit_id, u.name as unit_name, s.source_process_id,
                       sp.name as source_process_name, s.sort_order, s.version
                from process_supplier s
                left join unit u on u.id = s.unit_id
                left join process sp on sp.id = s.source_process_id
                where s.organization_id = ? and s.process_id = ? order by s.sort_order, s.id""")
                .params(organizationId, processId).query(ProcessSupplier.class).list();
    }

    List<ProcessResource> resources(long organizationId, long processId) {
        return jdbc.sql("""
                select r.id, r.process_id, r.name, r.kind, r.supplier_id, s.name as supplier_name, r.source_result_id,
                       res.text as source_result_text, r.sort_order, r.version
                from process_resource r
                join process_supplier s on s.id = r.supplier_id
                left join process_result res on res.id = r.source_result_id
                where r.organization_id = ? and r.process_id = ? order by r.sort_order, r.id""")
                .params(organizationId, processId).query(ProcessResource.class).list();
    }

    List<ProcessExecutor> executors(long organizationId, long processId) {
        return jdbc.sql("""
                select e.id, e.process_id, e.position_id, pos.title as position_title, e.provisional_role, e.functions,
                       e.sort_order, e.version
                from process_executor e left join position pos on pos.id = e.position_id
                where e.organization_id = ? and e.process_id = ? order by e.sort_order, e.id""")
                .params(organizationId, processId).query(ProcessExecutor.class).list();
    }

    Set<Long> executorPositions(long processId) {
        return new TreeSet<>(jdbc.sql("select position_id from process_executor where process_id = ? and position_id is not null")
                .param(processId).query(Long.class).list());
    }

    /** How many of each part a process has — what the checks and the completeness figure are computed from. */
    PartCounts counts(long processId) {
        return jdbc.sql("""
                select (select count(*) from process_client where process_id = :id) as clients,
                       (select count(*) from process_goal where process_id = :id) as goals,
                       (select count(*) from process_client c where c.process_id = :id
                          and not exists (select 1 from process_goal g where g.client_id = c.id)) as clients_without_goals,
                       (select count(*) from process_result where process_id = :id) as results,
                       (select count(*) from process_indicator where process_id = :id) as indicators,
                       (select count(*) from process_goal g where g.process_id = :id
                          and not exists (select 1 from process_indicator i where i.goal_id = g.id)) as goals_without_indicators,
                       (select count(*) from process_resource where process_id = :id) as resources,
                       (select count(*) from process_executor where process_id = :id) as executors,
                       (select count(*) from process_executor where process_id = :id and position_id is null) as provisional,
                       (select count(*) from process where parent_id = :id) as children""")
                .param("id", processId).query(PartCounts.class).single();
    }

    /** After every change: the stored figures the lists show, and an approved specification goes back to draft. */
    void recordSummary(long processId, int completeness, int failedChecks, int provisional, boolean backToDraft) {
        jdbc.sql("""
                update process set completeness = :completeness, failed_checks = :failed, provisional_executors = :provisional,
                       status = case when :changed then 'DRAFT' else status end,
                       spec_version = spec_version + case when :changed then 1 else 0 end, updated_at = now()
                where id = :id""")
                .param("completeness", completeness).param("failed", failedChecks).param("provisional", provisional)
                .param("changed", backToDraft)
                .param("id", processId).update();
    }

    /** Results of the organisation's processes matching a text (in the result or the process name), for the resource picker. */
    List<ResultOption> searchResults(long organizationId, String likePattern, int limit) {
        return jdbc.sql("""
                select r.id, r.text, p.name as process_name from process_result r join process p on p.id = r.process_id
                where r.organization_id = :org and (cast(:pattern as text) is null or r.text ilike :pattern or p.name ilike :pattern)
                order by lower(p.name), r.sort_order, r.id limit :limit""")
                .param("org", organizationId).param("pattern", likePattern).param("limit", limit)
                .query(ResultOption.class).list();
    }

    /** Processes failing one check (by its bit), in catalog order. */
    List<org.uptake.process.catalog.ProcessRow> failing(long organizationId, int bit, int limit) {
        return jdbc.sql("""
                select p.id, p.code, p.name, p.level, parent.name as parent_name, o.title as owner_title, p.status,
                       p.completeness, p.provisional_executors
                from process p
                left join process parent on parent.id = p.parent_id
                left join position o on o.id = p.owner_position_id
                where p.organization_id = ? and p.failed_checks & ? <> 0
                order by p.path limit ?""")
                .params(organizationId, bit, limit).query(org.uptake.process.catalog.ProcessRow.class).list();
    }

    record CatalogFigures(long processes, long approved, double averageCompleteness) {
    }

    CatalogFigures figures(long organizationId) {
        return jdbc.sql("""
                select count(*) as processes, count(*) filter (where status = 'APPROVED') as approved,
                       coalesce(avg(completeness), 0) as average_completeness
                from process where organization_id = ?""")
                .param(organizationId).query(CatalogFigures.class).single();
    }

    List<Long> organizationsToBackfill() {
        return jdbc.sql("select distinct organization_id from process where failed_checks is null").query(Long.class).list();
    }

    /** Every supplier → client relation between two processes, with the resources it carries. */
    List<ProcessRelation> relations(long organizationId) {
        return jdbc.sql("""
                select sp.id as source_id, sp.name as source_name, tp.id as target_id, tp.name as target_name,
                       coalesce(string_agg(distinct r.name, '; '), min(s.name)) as resources
                from process_supplier s
                join process sp on sp.id = s.source_process_id
                join process tp on tp.id = s.process_id
                left join process_resource r on r.supplier_id = s.id
                where s.organization_id = ?
                group by sp.id, sp.name, tp.id, tp.name order by sp.name, tp.name""")
                .param(organizationId).query(ProcessRelation.class).list();
    }

    record SummaryRow(long id, int level, String description, String content, String benefit, boolean repeatsRegularly,
                      Long ownerPositionId, long clients, long goals, long clientsWithoutGoals, long results,
                      long indicators, long resources, long executors, long provisional, long children) {
    }

    /** The fields and part counts of every process of the organisation, in one query (recomputing after a bulk load). */
    List<SummaryRow> summaryRows(long organizationId) {
        return jdbc.sql("""
                select p.id, p.level, p.description, p.content, p.benefit, p.repeats_regularly, p.owner_position_id,
                       coalesce(c.n, 0) as clients, coalesce(g.n, 0) as goals, coalesce(c.without_goals, 0) as clients_without_goals,
                       coalesce(r.n, 0) as results, coalesce(i.n, 0) as indicators, coalesce(res.n, 0) as resources,
                       coalesce(e.n, 0) as executors, coalesce(e.provisional, 0) as provisional, coalesce(ch.n, 0) as children
                from process p
                left join (select c.process_id, count(*) as n,
                                  count(*) filter (where not exists (select 1 from process_goal g where g.client_id = c.id)) as without_goals
                           from process_client c where c.organization_id = :org group by c.process_id) c on c.process_id = p.id
                left join (select process_id, count(*) as n from process_goal where organization_id = :org group by process_id) g on g.process_id = p.id
                left join (select process_id, count(*) as n from process_result where organization_id = :org group by process_id) r on r.process_id = p.id
                left join (select process_id, count(*) as n from process_indicator where organization_id = :org group by process_id) i on i.process_id = p.id
                left join (select process_id, count(*) as n from process_resource where organization_id = :org group by process_id) res on res.process_id = p.id
                left join (select process_id, count(*) as n, count(*) filter (where position_id is null) as provisional
                           from process_executor where organization_id = :org group by process_id) e on e.process_id = p.id
                left join (select parent_id, count(*) as n from process where organization_id = :org and parent_id is not null
                           group by parent_id) ch on ch.parent_id = p.id
                where p.organization_id = :org""")
                .param("org", organizationId).query(SummaryRow.class).list();
    }

    private static final String INDICATOR_REF = """
            select i.id, i.name, p.id as process_id, p.code as process_code, p.name as process_name
            from process_indicator i join process p on p.id = i.process_id
            where i.organization_id = :org""";

    Optional<IndicatorRef> indicatorRef(long organizationId, long indicatorId) {
        return jdbc.sql(INDICATOR_REF + " and i.id = :id").param("org", organizationId).param("id", indicatorId)
                .query(IndicatorRef.class).optional();
    }

    /** Indicators whose name or process matches, by process path: what a KPI may measure. */
    List<IndicatorRef> indicatorRefs(long organizationId, String likePattern, int limit) {
        return jdbc.sql(INDICATOR_REF + """
                 and (cast(:pattern as text) is null or lower(i.name) like :pattern or lower(p.name) like :pattern)
                order by p.path, i.sort_order, i.id limit :limit""")
                .param("org", organizationId).param("pattern", likePattern == null ? null : likePattern.toLowerCase(java.util.Locale.ROOT))
                .param("limit", limit).query(IndicatorRef.class).list();
    }

    List<IndicatorRef> indicatorRefsOf(long organizationId, long processId) {
        return jdbc.sql(INDICATOR_REF + " and i.process_id = :pid order by i.sort_order, i.id")
                .param("org", organizationId).param("pid", processId).query(IndicatorRef.class).list();
    }
}
