package org.uptake.procurement.integration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class IntegrationRepository {

    private static final String DUE = "coalesce(i.last_verified_on, i.created_at::date) + i.verify_every_days";
    private static final String SELECT = "select i.id, i.program_id, i.system_name, i.direction, i.method, i.status, i.monitoring,"
            + " i.verify_every_days, i.last_verified_on, " + DUE + " as due_on, i.version, i.organization_id from procurement_integration i ";

    private final JdbcClient jdbc;

    IntegrationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Integration> find(long organizationId, long programId, long id) {
        return jdbc.sql(SELECT + " where i.organization_id = ? and i.program_id = ? and i.id = ?")
                .params(organizationId, programId, id).query(IntegrationRepository::map).optional();
    }

    List<Integration> page(long organizationId, long programId, long afterId, int limit) {
        return jdbc.sql(SELECT + " where i.organization_id = ? and i.program_id = ? and i.id > ? order by i.id limit ?")
                .params(organizationId, programId, afterId, limit).query(IntegrationRepository::map).list();
    }

    long insert(long organizationId, long programId, IntegrationForm f) {
        return jdbc.sql("""
                insert into procurement_integration (organization_id, program_id, system_name, direction, method, status,
                       monitoring, verify_every_days, last_verified_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, programId, f.systemName(), f.direction().name(), f.method().name(), f.status().name(),
                        f.monitoring(), f.verifyEveryDays(), f.lastVerifiedOn())
                .query(Long.class).single();
    }

    /** A new verification date ends the overdue spell, so a later lapse is reported again. */
    int update(long organizationId, long id, IntegrationForm f) {
        return jdbc.sql("""
                update procurement_integration set system_name = ?, direction = ?, method = ?, status = ?, monitoring = ?,
                       verify_every_days = ?,
                       overdue_reported_on = case when last_verified_on is distinct from ? then null else overdue_reported_on end,
                       last_verified_on = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(f.systemName(), f.direction().name(), f.method().name(), f.status().name(), f.monitoring(),
                        f.verifyEveryDays(), f.lastVerifiedOn(), f.lastVerifiedOn(), organizationId, id, f.version())
                .update();
    }

    int verified(long organizationId, long id, LocalDate on, int version) {
        return jdbc.sql("""
                update procurement_integration set last_verified_on = ?, overdue_reported_on = null, version = version + 1,
                       updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(on, organizationId, id, version).update();
    }

    int delete(long organizationId, long id, int version) {
        return jdbc.sql("delete from procurement_integration where organization_id = ? and id = ? and version = ?")
                .params(organizationId, id, version).update();
    }

    /** Integrations in use, overdue on {@code today} and not yet reported in this spell, across organisations. */
    record Overdue(long organizationId, Integration integration) {
    }

    List<Overdue> overdueUnreported(LocalDate today, int limit) {
        return jdbc.sql(SELECT + """
                 join program p on p.id = i.program_id
                where i.status in ('ACTIVE', 'FAILED') and i.overdue_reported_on is null and p.status <> 'CLOSED'
                  and coalesce(i.last_verified_on, i.created_at::date) + i.verify_every_days < :today
                order by i.id limit :limit""")
                .param("today", today).param("limit", limit)
                .query((rs, n) -> new Overdue(rs.getLong("organization_id"), map(rs, n))).list();
    }

    void markReported(long id, LocalDate today) {
        jdbc.sql("update procurement_integration set overdue_reported_on = ? where id = ?").params(today, id).update();
    }

    private static Integration map(ResultSet rs, int n) throws SQLException {
        return new Integration(rs.getLong("id"), rs.getLong("program_id"), rs.getString("system_name"),
                Direction.valueOf(rs.getString("direction")), Method.valueOf(rs.getString("method")),
                IntegrationStatus.valueOf(rs.getString("status")), rs.getString("monitoring"), rs.getInt("verify_every_days"),
                rs.getObject("last_verified_on", LocalDate.class), rs.getObject("due_on", LocalDate.class), rs.getInt("version"));
    }
}
