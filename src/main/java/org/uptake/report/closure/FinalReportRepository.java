package org.uptake.report.closure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FinalReportRepository {

    private final JdbcClient jdbc;

    FinalReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<FinalReport> find(long organizationId, long programId) {
        return jdbc.sql("select * from final_report where organization_id = ? and program_id = ?").params(organizationId, programId)
                .query(FinalReportRepository::map).optional();
    }

    Optional<FinalReportStatus> status(long organizationId, long programId) {
        return jdbc.sql("select status from final_report where organization_id = ? and program_id = ?")
                .params(organizationId, programId).query(String.class).optional().map(FinalReportStatus::valueOf);
    }

    Optional<String> snapshot(long organizationId, long programId) {
        return jdbc.sql("select snapshot::text from final_report where organization_id = ? and program_id = ? and snapshot is not null")
                .params(organizationId, programId).query(String.class).optional();
    }

    /** The row exists from the first change on (version 0), so every later write is a plain versioned update. */
    void ensure(long organizationId, long programId) {
        jdbc.sql("insert into final_report (organization_id, program_id) values (?, ?) on conflict (program_id) do nothing")
                .params(organizationId, programId).update();
    }

    int update(long organizationId, long programId, FinalReportForm f) {
        return jdbc.sql("""
                update final_report set summary = ?, recommendations = ?, version = version + 1, updated_at = now()
                where organization_id = ? and program_id = ? and version = ? and status = 'DRAFT'""")
                .params(f.getSummary(), f.getRecommendations(), organizationId, programId, f.getVersion()).update();
    }

    int freeze(long organizationId, long programId, int version, long signOffId, String snapshot) {
        return jdbc.sql("""
                update final_report set status = 'IN_SIGN_OFF', sign_off_id = ?, snapshot = cast(? as jsonb), frozen_at = now(),
                       version = version + 1, updated_at = now()
                where organization_id = ? and program_id = ? and version = ? and status = 'DRAFT'""")
                .params(signOffId, snapshot, organizationId, programId, version).update();
    }

    /** The sign-off's outcome for the report it froze: signed, or back to a draft (the snapshot is dropped). */
    int outcome(long organizationId, long signOffId, FinalReportStatus status) {
        String set = status == FinalReportStatus.SIGNED ? "status = 'SIGNED', signed_at = now()"
                : "status = 'DRAFT', snapshot = null, frozen_at = null, sign_off_id = null";
        return jdbc.sql("update final_report set " + set + ", version = version + 1, updated_at = now()"
                        + " where organization_id = ? and sign_off_id = ? and status = 'IN_SIGN_OFF'")
                .params(organizationId, signOffId).update();
    }

    Optional<Long> programOfSignOff(long organizationId, long signOffId) {
        return jdbc.sql("select program_id from final_report where organization_id = ? and sign_off_id = ?")
                .params(organizationId, signOffId).query(Long.class).optional();
    }

    private static FinalReport map(ResultSet rs, int n) throws SQLException {
        return new FinalReport(rs.getLong("program_id"), rs.getString("summary"), rs.getString("recommendations"),
                FinalReportStatus.valueOf(rs.getString("status")), rs.getObject("sign_off_id", Long.class),
                instant(rs.getTimestamp("frozen_at")), instant(rs.getTimestamp("signed_at")), rs.getInt("version"));
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
