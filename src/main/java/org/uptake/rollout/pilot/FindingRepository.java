package org.uptake.rollout.pilot;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FindingRepository {

    private static final String SELECT = """
            select id, program_id, wave_id, kind, severity, title, description, status, fix, reported_by_name, closed_at,
                   created_at, version from rollout_finding where organization_id = ?""";

    private final JdbcClient jdbc;

    FindingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Finding> ofWave(long org, long waveId) {
        return jdbc.sql(SELECT + " and wave_id = ? order by status = 'OPEN' desc, severity = 'CRITICAL' desc, id desc limit 500")
                .params(org, waveId).query(FindingRepository::map).list();
    }

    Optional<Finding> find(long org, long programId, long id) {
        return jdbc.sql(SELECT + " and program_id = ? and id = ?").params(org, programId, id).query(FindingRepository::map).optional();
    }

    long insert(long org, long programId, long waveId, FindingForm f, String by) {
        return jdbc.sql("""
                insert into rollout_finding (organization_id, program_id, wave_id, kind, severity, title, description, status,
                                             fix, reported_by_name, closed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, case when ? = 'CLOSED' then now() end) returning id""")
                .params(org, programId, waveId, f.kind().name(), f.severity().name(), f.title().strip(), f.description(),
                        f.statusOrOpen().name(), f.fixText(), by, f.statusOrOpen().name()).query(Long.class).single();
    }

    int update(long org, long id, FindingForm f) {
        return jdbc.sql("""
                update rollout_finding set kind = ?, severity = ?, title = ?, description = ?, status = ?, fix = ?,
                       closed_at = case when ? = 'CLOSED' then coalesce(closed_at, now()) end,
                       version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(f.kind().name(), f.severity().name(), f.title().strip(), f.description(), f.statusOrOpen().name(),
                        f.fixText(), f.statusOrOpen().name(), org, id, f.version()).update();
    }

    int openCritical(long org, long waveId) {
        return jdbc.sql("select count(*) from rollout_finding where organization_id = ? and wave_id = ? and status = 'OPEN' and severity = 'CRITICAL'")
                .params(org, waveId).query(Integer.class).single();
    }

    StabilityRule rule(long org, long programId) {
        return jdbc.sql("select no_open_critical, stable_days, min_survey_score, version from rollout_settings where organization_id = ? and program_id = ?")
                .params(org, programId).query((rs, n) -> new StabilityRule(rs.getBoolean(1), rs.getInt(2),
                        rs.getBigDecimal(3), rs.getInt(4))).optional().orElse(StabilityRule.DEFAULT);
    }

    int saveRule(long org, long programId, StabilityRule r) {
        return jdbc.sql("""
                insert into rollout_settings (program_id, organization_id, no_open_critical, stable_days, min_survey_score)
                values (?, ?, ?, ?, ?)
                on conflict (program_id) do update set no_open_critical = excluded.no_open_critical,
                    stable_days = excluded.stable_days, min_survey_score = excluded.min_survey_score,
                    version = rollout_settings.version + 1, updated_at = now()
                where rollout_settings.organization_id = ? and rollout_settings.version = ?""")
                .params(programId, org, r.noOpenCritical(), r.stableDays(), r.minSurveyScore(), org, r.version()).update();
    }


    private static Finding map(ResultSet rs, int n) throws SQLException {
        var closed = rs.getTimestamp("closed_at");
        return new Finding(rs.getLong("id"), rs.getLong("program_id"), rs.getLong("wave_id"),
                FindingKind.valueOf(rs.getString("kind")), Severity.valueOf(rs.getString("severity")), rs.getString("title"),
                rs.getString("description"), FindingStatus.valueOf(rs.getString("status")), rs.getString("fix"),
                rs.getString("reported_by_name"), closed == null ? null : closed.toInstant(),
                rs.getTimestamp("created_at").toInstant(), rs.getInt("version"));
    }
}
