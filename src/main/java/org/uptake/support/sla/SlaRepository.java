package org.uptake.support.sla;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SlaRepository {

    private final JdbcClient jdbc;

    SlaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SlaPolicy> find(long organizationId, Long programId) {
        return jdbc.sql("""
                select program_id, critical_hours, high_hours, medium_hours, low_hours, false as inherited, version
                from problem_sla where organization_id = ? and coalesce(program_id, 0) = ?""")
                .params(organizationId, programId == null ? 0L : programId).query(SlaPolicy.class).optional();
    }

    /** Inserts the first policy of its scope, or updates it when the version matches; 0 rows means stale. */
    int save(long organizationId, Long programId, SlaForm f) {
        if (f.getVersion() == 0 && find(organizationId, programId).isEmpty()) {
            return jdbc.sql("""
                    insert into problem_sla (organization_id, program_id, critical_hours, high_hours, medium_hours, low_hours, version)
                    values (?, ?, ?, ?, ?, ?, 1) on conflict do nothing""")
                    .params(organizationId, programId, f.getCriticalHours(), f.getHighHours(), f.getMediumHours(), f.getLowHours())
                    .update();
        }
        return jdbc.sql("""
                update problem_sla set critical_hours = ?, high_hours = ?, medium_hours = ?, low_hours = ?,
                       version = version + 1, updated_at = now()
                where organization_id = ? and coalesce(program_id, 0) = ? and version = ?""")
                .params(f.getCriticalHours(), f.getHighHours(), f.getMediumHours(), f.getLowHours(), organizationId,
                        programId == null ? 0L : programId, f.getVersion())
                .update();
    }

}
