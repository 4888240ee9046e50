package org.uptake.competency.session;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.uptake.shared.paging.Cursor;

@Repository
class SessionRequestRepository {

    private static final String SELECT = """
            select r.id, r.unit_id, u.name as unit_name, r.competency_id, c.name as competency_name, r.people_with_gap,
                   r.average_gap, r.note, r.status, r.session_ref, r.requested_by_name, r.requested_at, r.version
            from training_session_request r join unit u on u.id = r.unit_id join competency c on c.id = r.competency_id
            """;

    private final JdbcClient jdbc;

    SessionRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record UnitRef(long id, String name, String path) {
    }

    Optional<UnitRef> unit(long organizationId, long id) {
        return jdbc.sql("select id, name, path from unit where organization_id = ? and id = ?")
                .params(organizationId, id).query(UnitRef.class).optional();
    }

    boolean competencyExists(long organizationId, long id) {
        return jdbc.sql("select exists (select 1 from competency where organization_id = ? and id = ?)")
                .params(organizationId, id).query(Boolean.class).single();
    }

    record Gap(long personId, int gap) {
    }

    /** Everyone in the unit's subtree whose latest agreed assessment has a gap in the competency. */
    List<Gap> gaps(long organizationId, String unitPath, long competencyId) {
        return jdbc.sql("""
                select p.id as person_id, i.gap
                from assessment a
                join assessment_item i on i.assessment_id = a.id
                join person p on p.id = a.person_id
                join unit u on u.id = p.unit_id
                where a.organization_id = ? and a.latest and u.path like ? and i.competency_id = ? and i.gap > 0
                order by p.id""")
                .params(organizationId, unitPath + "%", competencyId).query(Gap.class).list();
    }

    boolean hasOpen(long organizationId, long unitId, long competencyId) {
        return jdbc.sql("""
                select exists (select 1 from training_session_request
                  where organization_id = ? and unit_id = ? and competency_id = ? and status = 'REQUESTED')""")
                .params(organizationId, unitId, competencyId).query(Boolean.class).single();
    }

    long insert(long organizationId, SessionRequestForm f, int people, BigDecimal averageGap, String by) {
        return jdbc.sql("""
                insert into training_session_request (organization_id, unit_id, competency_id, people_with_gap, average_gap,
                                                      note, requested_by_name)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, f.getUnitId(), f.getCompetencyId(), people, averageGap, f.getNote(), by)
                .query(Long.class).single();
    }

    Optional<SessionRequest> find(long organizationId, long id) {
        return jdbc.sql(SELECT + " where r.organization_id = ? and r.id = ?").params(organizationId, id)
                .query(SessionRequest.class).optional();
    }

    /** Newest first, below a unit path ("/" for the whole organisation), size + 1 rows for the slice. */
    List<SessionRequest> page(long organizationId, String unitPath, Cursor after, int size) {
        return jdbc.sql(SELECT + """
                where r.organization_id = :org and u.path like :prefix and (cast(:after as bigint) is null or r.id < :after)
                order by r.id desc limit :limit""")
                .param("org", organizationId).param("prefix", unitPath + "%")
                .param("after", after == null ? null : after.id()).param("limit", size + 1)
                .query(SessionRequest.class).list();
    }

    int cancel(long organizationId, long id, int version) {
        return jdbc.sql("""
                update training_session_request set status = 'CANCELLED', version = version + 1
                where organization_id = ? and id = ? and version = ? and status = 'REQUESTED'""")
                .params(organizationId, id, version).update();
    }

    /** Open requests of the whole organisation, oldest first: the training module's intake queue. */
    List<SessionRequest> open(long organizationId, int limit) {
        return jdbc.sql(SELECT + " where r.organization_id = ? and r.status = 'REQUESTED' order by r.id limit ?")
                .params(organizationId, limit).query(SessionRequest.class).list();
    }

    int schedule(long organizationId, long id, int version, String sessionRef) {
        return jdbc.sql("""
                update training_session_request set status = 'SCHEDULED', session_ref = ?, version = version + 1
                where organization_id = ? and id = ? and version = ? and status = 'REQUESTED'""")
                .params(sessionRef, organizationId, id, version).update();
    }
}
