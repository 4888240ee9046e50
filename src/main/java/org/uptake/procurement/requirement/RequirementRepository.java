package org.uptake.procurement.requirement;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The requirements document's head and its requirements; process names are filled in by the service. */
@Repository
class RequirementRepository {

    /** A requirement with its customer's name and its linked process ids in one row: one query per list. */
    private static final String SELECT = """
            select r.id, r.program_id, r.role, r.scenario, r.stage, r.priority, r.customer_person_id, r.customer_position_id,
                   coalesce(pe.full_name, po.title) as customer_name, r.version,
                   (select array_agg(rp.process_id order by rp.process_id) from procurement_requirement_process rp
                    where rp.requirement_id = r.id) as process_ids
            from procurement_requirement r
            left join person pe on pe.id = r.customer_person_id
            left join position po on po.id = r.customer_position_id
            """;

    private final JdbcClient jdbc;

    RequirementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RequirementDocument> document(long organizationId, long programId) {
        return jdbc.sql("""
                select program_id, goals, budget_minor, budget_currency, budget_note, version
                from procurement_requirement_document where organization_id = ? and program_id = ?""")
                .params(organizationId, programId)
                .query((rs, n) -> new RequirementDocument(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class),
                        rs.getString(4), rs.getString(5), rs.getInt(6)))
                .optional();
    }

    /** Creates the head at version 1 when it does not exist yet (the page sent version 0); false if someone was first. */
    boolean insertDocument(long organizationId, long programId, DocumentForm f, Long budgetMinor) {
        return jdbc.sql("""
                insert into procurement_requirement_document (organization_id, program_id, goals, budget_minor, budget_currency,
                       budget_note, version)
                values (?, ?, ?, ?, ?, ?, 1) on conflict (program_id) do nothing""")
                .params(organizationId, programId, f.goals(), budgetMinor, budgetMinor == null ? null : f.budgetCurrency(),
                        f.budgetNote())
                .update() == 1;
    }

    boolean updateDocument(long organizationId, long programId, DocumentForm f, Long budgetMinor) {
        return jdbc.sql("""
                update procurement_requirement_document set goals = ?, budget_minor = ?, budget_currency = ?, budget_note = ?,
                       version = version + 1, updated_at = now()
                where organization_id = ? and program_id = ? and version = ?""")
                .params(f.goals(), budgetMinor, budgetMinor == null ? null : f.budgetCurrency(), f.budgetNote(), organizationId,
                        programId, f.version())
                .update() == 1;
    }

    Optional<Requirement> find(long organizationId, long programId, long id) {
        return jdbc.sql(SELECT + " where r.organization_id = ? and r.program_id = ? and r.id = ?")
                .params(organizationId, programId, id).query(RequirementRepository::map).optional();
    }

    /** By stage (the minimum sufficient version first), then priority, then id; after a (stage, id) cursor. */
    List<Requirement> page(long organizationId, long programId, Integer afterStage, long afterId, int limit) {
        String after = afterStage == null ? "" : " and (r.stage, r.id) > (:stage, :id)";
        return jdbc.sql(SELECT + " where r.organization_id = :org and r.program_id = :program" + after
                        + " order by r.stage, r.id limit :limit")
                .param("org", organizationId).param("program", programId).param("stage", afterStage == null ? 0 : afterStage)
                .param("id", afterId).param("limit", limit)
                .query(RequirementRepository::map).list();
    }

    long insert(long organizationId, long programId, RequirementForm f) {
        return jdbc.sql("""
                insert into procurement_requirement (organization_id, program_id, role, scenario, stage, priority,
                       customer_person_id, customer_position_id)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, programId, f.role(), f.scenario(), f.stage(), f.priority().name(), f.customerPersonId(),
                        f.customerPositionId())
                .query(Long.class).single();
    }

    int update(long organizationId, long id, RequirementForm f) {
        return jdbc.sql("""
                update procurement_requirement set role = ?, scenario = ?, stage = ?, priority = ?, customer_person_id = ?,
                       customer_position_id = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(f.role(), f.scenario(), f.stage(), f.priority().name(), f.customerPersonId(), f.customerPositionId(),
                        organizationId, id, f.version())
                .update();
    }

    void replaceProcesses(long organizationId, long requirementId, List<Long> processIds) {
        jdbc.sql("delete from procurement_requirement_process where requirement_id = ?").param(requirementId).update();
        if (!processIds.isEmpty()) {
            jdbc.sql("""
                    insert into procurement_requirement_process (organization_id, requirement_id, process_id)
                    select ?, ?, unnest(?::bigint[])""")
                    .params(organizationId, requirementId, processIds.toArray(Long[]::new)).update();
        }
    }

    int delete(long organizationId, long id, int version) {
        return jdbc.sql("delete from procurement_requirement where organization_id = ? and id = ? and version = ?")
                .params(organizationId, id, version).update();
    }

    boolean personExists(long organizationId, long personId) {
        return jdbc.sql("select exists (select 1 from person where organization_id = ? and id = ?)")
                .params(organizationId, personId).query(Boolean.class).single();
    }

    boolean positionExists(long organizationId, long positionId) {
        return jdbc.sql("select exists (select 1 from position where organization_id = ? and id = ?)")
                .params(organizationId, positionId).query(Boolean.class).single();
    }

    private static Requirement map(ResultSet rs, int n) throws SQLException {
        List<Requirement.LinkedProcess> processes = new ArrayList<>();
        Array ids = rs.getArray("process_ids");
        if (ids != null) {
            for (Long id : (Long[]) ids.getArray()) {
                processes.add(new Requirement.LinkedProcess(id, null, null));
            }
        }
        return new Requirement(rs.getLong("id"), rs.getLong("program_id"), rs.getString("role"), rs.getString("scenario"),
                rs.getInt("stage"), Priority.valueOf(rs.getString("priority")), rs.getObject("customer_person_id", Long.class),
                rs.getObject("customer_position_id", Long.class), rs.getString("customer_name"), processes, rs.getInt("version"));
    }
}
