package org.uptake.report.closure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class HandoverRepository {

    private final JdbcClient jdbc;

    HandoverRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Handover> find(long organizationId, long programId) {
        return jdbc.sql("""
                select h.*, p.full_name from handover h left join person p on p.id = h.line_owner_person_id
                where h.organization_id = ? and h.program_id = ?""").params(organizationId, programId)
                .query(HandoverRepository::map).optional();
    }

    void ensure(long organizationId, long programId) {
        jdbc.sql("insert into handover (organization_id, program_id) values (?, ?) on conflict (program_id) do nothing")
                .params(organizationId, programId).update();
    }

    int update(long organizationId, long programId, HandoverForm f) {
        return jdbc.sql("""
                update handover set line_owner_person_id = ?, solution = ?, follow_up_plan = ?, version = version + 1, updated_at = now()
                where organization_id = ? and program_id = ? and version = ? and status = 'DRAFT'""")
                .params(f.getLineOwnerPersonId(), f.getSolution(), f.getFollowUpPlan(), organizationId, programId, f.getVersion())
                .update();
    }

    int send(long organizationId, long programId, int version, long signOffId) {
        return jdbc.sql("""
                update handover set status = 'IN_SIGN_OFF', sign_off_id = ?, version = version + 1, updated_at = now()
                where organization_id = ? and program_id = ? and version = ? and status = 'DRAFT'""")
                .params(signOffId, organizationId, programId, version).update();
    }

    int outcome(long organizationId, long signOffId, HandoverStatus status) {
        String set = status == HandoverStatus.ACCEPTED ? "status = 'ACCEPTED', accepted_at = now()" : "status = 'DRAFT', sign_off_id = null";
        return jdbc.sql("update handover set " + set + ", version = version + 1, updated_at = now()"
                        + " where organization_id = ? and sign_off_id = ? and status = 'IN_SIGN_OFF'")
                .params(organizationId, signOffId).update();
    }

    Optional<Handover> ofSignOff(long organizationId, long signOffId) {
        return jdbc.sql("""
                select h.*, p.full_name from handover h left join person p on p.id = h.line_owner_person_id
                where h.organization_id = ? and h.sign_off_id = ?""").params(organizationId, signOffId)
                .query(HandoverRepository::map).optional();
    }

    private static Handover map(ResultSet rs, int n) throws SQLException {
        return new Handover(rs.getLong("program_id"), rs.getObject("line_owner_person_id", Long.class), rs.getString("full_name"),
                rs.getString("solution"), rs.getString("follow_up_plan"), HandoverStatus.valueOf(rs.getString("status")),
                rs.getObject("sign_off_id", Long.class), FinalReportRepository.instant(rs.getTimestamp("accepted_at")),
                rs.getInt("version"));
    }
}
