package org.uptake.process.spec;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes the parts of a specification. Every statement names the organisation and the process. */
@Repository
class PartRepository {

    /** The part tables; the names are constants, never user input. */
    enum Part {
        CLIENT("process_client"), GOAL("process_goal"), RESULT("process_result"), INDICATOR("process_indicator"),
        SUPPLIER("process_supplier"), RESOURCE("process_resource"), EXECUTOR("process_executor");

        final String table;

        Part(String table) {
            this.table = table;
        }
    }

    private final JdbcClient jdbc;

    PartRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(Part part, long organizationId, long processId, long id) {
        return jdbc.sql("select exists (select 1 from " + part.table + " where organization_id = ? and process_id = ? and id = ?)")
                .params(organizationId, processId, id).query(Boolean.class).single();
    }

    int delete(Part part, long organizationId, long processId, long id, int version) {
        return jdbc.sql("delete from " + part.table + " where organization_id = ? and process_id = ? and id = ? and version = ?")
                .params(organizationId, processId, id, version).update();
    }

    private int nextSort(Part part, long processId) {
        return jdbc.sql("select coalesce(max(sort_order), 0) + 10 from " + part.table + " where process_id = ?")
                .param(processId).query(Integer.class).single();
    }

    long count(Part part, long processId) {
        return jdbc.sql("select count(*) from " + part.table + " where process_id = ?").param(processId).query(Long.class).single();
    }

    long insertClient(long org, long processId, SpecificationForms.Client f) {
        return jdbc.sql("insert into process_client (organization_id, process_id, name, kind, needs, sort_order) values (?, ?, ?, ?, ?, ?) returning id")
                .params(org, processId, f.getName(), f.getKind().name(), f.getNeeds(), nextSort(Part.CLIENT, processId))
                .query(Long.class).single();
    }

    int updateClient(long org, long processId, long id, SpecificationForms.Client f) {
        return jdbc.sql("""
                update process_client set name = ?, kind = ?, needs = ?, version = version + 1
                where organization_id = ? and process_id = ? and id = ? and version = ?""")
                .params(f.getName(), f.getKind().name(), f.getNeeds(), org, processId, id, f.getVersion()).update();
    }

    long insertGoal(long org, long processId, SpecificationForms.Goal f) {
        return jdbc.sql("insert into process_goal (organization_id, process_id, client_id, text, sort_order) values (?, ?, ?, ?, ?) returning id")
                .params(org, processId, f.getClientId(), f.getText(), nextSort(Part.GOAL, processId)).query(Long.class).single();
    }

    int updateGoal(long org, long processId, long id, SpecificationForms.Goal f) {
        return jdbc.sql("""
                update process_goal set client_id = ?, text = ?, version = version + 1
                where organization_id = ? and process_id = ? and id = ? and version = ?""")
                .params(f.getClientId(), f.getText(), org, processId, id, f.getVersion()).update();
    }

    long insertResult(long org, long processId, SpecificationForms.Result f) {
        return jdbc.sql("insert into process_result (organization_id, process_id, text, sort_order) values (?, ?, ?, ?) returning id")
                .params(org, processId, f.getText(), nextSort(Part.RESULT, processId)).query(Long.class).single();
    }

    int updateResult(long org, long processId, long id, SpecificationForms.Result f) {
        return jdbc.sql("""
                update process_result set text = ?, version = version + 1
                where organization_id = ? and process_id = ? and id = ? and version = ?""")
                .params(f.getText(), org, processId, id, f.getVersion()).update();
    }

    long insertIndicator(long org, long processId, SpecificationForms.Indicator f) {
        return jdbc.sql("""
                insert into process_indicator (organization_id, process_id, goal_id, name, methods, sort_order)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(org, processId, f.getGoalId(), f.getName(), f.getMethods().toArray(String[]::new),
                        nextSort(Part.INDICATOR, processId))
                .query(Long.class).single();
    }

    int updateIndicator(long org, long processId, long id, SpecificationForms.Indicator f) {
        return jdbc.sql("""
                update process_indicator set goal_id = ?, name = ?, methods = ?, version = version + 1
                where organization_id = ? and process_id = ? and id = ? and version = ?""")
                .params(f.getGoalId(), f.getName(), f.getMethods().toArray(String[]::new), org, processId, id, f.getVersion())
                .update();
    }

    long insertSupplier(long org, long processId, SpecificationForms.Supplier f) {
        return jdbc.sql("""
                insert into process_supplier (organization_id, process_id, name, kind, unit_id, source_process_id, sort_order)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(org, processId, f.getName(), f.getKind().name(), f.getUnitId(), f.getSourceProcessId(),
                        nextSort(Part.SUPPLIER, processId))
                .query(Long.class).single();
    }

    int updateSupplier(long org, long processId, long id, SpecificationForms.Supplier f) {
        return jdbc.sql("""
                update process_supplier set name = ?, kind = ?, unit_id = ?, source_process_id = ?, version = version + 1
                where organization_id = ? and process_id = ? and id = ? and version = ?""")
                .params(f.getName(), f.getKind().name(), f.getUnitId(), f.getSourceProcessId(), org, processId, id,
                        f.getVersion())
                .update();
    }

    Optional<Long> supplierSource(long org, long processId, long supplierId) {
        return jdbc.sql("select source_process_id from process_supplier where organization_id = ? and process_id = ? and id = ?")
                .params(org, processId, supplierId).query((rs, n) -> (Long) rs.getObject(1, Long.class)).optional();
    }

    long insertResource(long org, long processId, SpecificationForms.Resource f) {
        return jdbc.sql("""
                insert into process_resource (organization_id, process_id, name, kind, supplier_id, source_result_id, sort_order)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(org, processId, f.getName(), f.getKind().name(), f.getSupplierId(), f.getSourceResultId(),
                        nextSort(Part.RESOURCE, processId))
                .query(Long.class).single();
    }

    int updateResource(long org, long processId, long id, SpecificationForms.Resource f) {
        return jdbc.sql("""
                update process_resource set name = ?, kind = ?, supplier_id = ?, source_result_id = ?, version = version + 1
                where organization_id = ? and process_id = ? and id = ? and version = ?""")
                .params(f.getName(), f.getKind().name(), f.getSupplierId(), f.getSourceResultId(), org, processId, id,
                        f.getVersion())
                .update();
    }

    long insertExecutor(long org, long processId, SpecificationForms.Executor f) {
        return jdbc.sql("""
                insert into process_executor (organization_id, process_id, position_id, provisional_role, functions, sort_order)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(org, processId, f.getPositionId(), f.getPositionId() == null ? f.getProvisionalRole() : null,
                        f.getFunctions(), nextSort(Part.EXECUTOR, processId))
                .query(Long.class).single();
    }

    int updateExecutor(long org, long processId, long id, SpecificationForms.Executor f) {
        return jdbc.sql("""
                update process_executor set position_id = ?, provisional_role = ?, functions = ?, version = version + 1
                where organization_id = ? and process_id = ? and id = ? and version = ?""")
                .params(f.getPositionId(), f.getPositionId() == null ? f.getProvisionalRole() : null, f.getFunctions(),
                        org, processId, id, f.getVersion())
                .update();
    }

    boolean executorPositionTaken(long processId, long positionId, Long exceptId) {
        return jdbc.sql("select exists (select 1 from process_executor where process_id = ? and position_id = ? and id <> ?)")
                .params(processId, positionId, exceptId == null ? -1L : exceptId).query(Boolean.class).single();
    }

    /** The process a result belongs to, if it is a result of this organisation. */
    Optional<Long> resultProcess(long org, long resultId) {
        return jdbc.sql("select process_id from process_result where organization_id = ? and id = ?")
                .params(org, resultId).query(Long.class).optional();
    }

    boolean clientHasGoals(long clientId) {
        return jdbc.sql("select exists (select 1 from process_goal where client_id = ?)").param(clientId).query(Boolean.class).single();
    }

    boolean goalHasIndicators(long goalId) {
        return jdbc.sql("select exists (select 1 from process_indicator where goal_id = ?)").param(goalId).query(Boolean.class).single();
    }

    boolean supplierHasResources(long supplierId) {
        return jdbc.sql("select exists (select 1 from process_resource where supplier_id = ?)").param(supplierId).query(Boolean.class).single();
    }

    /** The processes that take this result as one of their resources. */
    List<String> resultUsedBy(long resultId) {
        return jdbc.sql("""
                select distinct p.name from process_resource r join process p on p.id = r.process_id
                where r.source_result_id = ? order by p.name limit 5""")
                .param(resultId).query(String.class).list();
    }
}
