package org.uptake.competency.duty;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DutyRepository {

    private static final String REVISION = """
            select id, position_id, revision, status, warnings, sign_off_id, issued_by_name, issued_at, decided_at
            from job_duties_revision""";

    private final JdbcClient jdbc;

    DutyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record EditedFunctions(long processId, String functions, int version) {
    }

    Map<Long, EditedFunctions> functions(long organizationId, long positionId) {
        return jdbc.sql("select process_id, functions, version from job_duty_function where organization_id = ? and position_id = ?")
                .params(organizationId, positionId).query(EditedFunctions.class).list().stream()
                .collect(java.util.stream.Collectors.toMap(EditedFunctions::processId, f -> f));
    }

    int insertFunctions(long organizationId, long positionId, long processId, String functions) {
        return jdbc.sql("""
                insert into job_duty_function (organization_id, position_id, process_id, functions, version) values (?, ?, ?, ?, 1)
                on conflict (position_id, process_id) do nothing""")
                .params(organizationId, positionId, processId, functions).update();
    }

    int updateFunctions(long organizationId, long positionId, long processId, String functions, int version) {
        return jdbc.sql("""
                update job_duty_function set functions = ?, version = version + 1, updated_at = now()
                where organization_id = ? and position_id = ? and process_id = ? and version = ?""")
                .params(functions, organizationId, positionId, processId, version).update();
    }

    record Duties(long id, Integer currentRevision, int version) {
    }

    Optional<Duties> duties(long organizationId, long positionId) {
        return jdbc.sql("select id, current_revision, version from job_duties where organization_id = ? and position_id = ?")
                .params(organizationId, positionId).query(Duties.class).optional();
    }

    long ensureDuties(long organizationId, long positionId) {
        jdbc.sql("insert into job_duties (organization_id, position_id) values (?, ?) on conflict do nothing")
                .params(organizationId, positionId).update();
        return duties(organizationId, positionId).orElseThrow().id();
    }

    int bumpVersion(long organizationId, long dutiesId, int version) {
        return jdbc.sql("update job_duties set version = version + 1, updated_at = now() where organization_id = ? and id = ? and version = ?")
                .params(organizationId, dutiesId, version).update();
    }

    int nextRevision(long dutiesId) {
        return jdbc.sql("select coalesce(max(revision), 0) + 1 from job_duties_revision where duties_id = ?")
                .param(dutiesId).query(Integer.class).single();
    }

    long insertRevision(long organizationId, long dutiesId, long positionId, int revision, String snapshot, int warnings,
                        String issuedBy) {
        jdbc.sql("update job_duties_revision set status = 'SUPERSEDED' where duties_id = ? and status = 'IN_SIGN_OFF'")
                .param(dutiesId).update();
        return jdbc.sql("""
                insert into job_duties_revision (organization_id, duties_id, position_id, revision, status, snapshot, warnings, issued_by_name)
                values (?, ?, ?, ?, 'IN_SIGN_OFF', cast(? as jsonb), ?, ?) returning id""")
                .params(organizationId, dutiesId, positionId, revision, snapshot, warnings, issuedBy)
                .query(Long.class).single();
    }

    void attachSignOff(long revisionId, long signOffId) {
        jdbc.sql("update job_duties_revision set sign_off_id = ? where id = ?").params(signOffId, revisionId).update();
    }

    List<DutyRevision> revisions(long organizationId, long positionId) {
        return jdbc.sql(REVISION + " where organization_id = ? and position_id = ? order by revision desc limit 100")
                .params(organizationId, positionId).query(DutyRevision.class).list();
    }

    Optional<DutyRevision> revision(long organizationId, long positionId, int revision) {
        return jdbc.sql(REVISION + " where organization_id = ? and position_id = ? and revision = ?")
                .params(organizationId, positionId, revision).query(DutyRevision.class).optional();
    }

    Optional<DutyRevision> revisionById(long organizationId, long id) {
        return jdbc.sql(REVISION + " where organization_id = ? and id = ?").params(organizationId, id)
                .query(DutyRevision.class).optional();
    }

    /** The revision the current duties are compared with: the latest approved one, else the latest issued one. */
    Optional<DutyRevision> baseline(long organizationId, long positionId) {
        return jdbc.sql(REVISION + "\n" + """
                 where organization_id = ? and position_id = ? and status in ('APPROVED', 'IN_SIGN_OFF')
                 order by (status = 'APPROVED') desc, revision desc limit 1""")
                .params(organizationId, positionId).query(DutyRevision.class).optional();
    }

    String snapshot(long revisionId) {
        return jdbc.sql("select snapshot::text from job_duties_revision where id = ?").param(revisionId)
                .query(String.class).single();
    }

    /** Open or approved revisions of these positions: what a specification change makes stale. */
    List<DutyRevision> standing(long organizationId, Collection<Long> positionIds) {
        return jdbc.sql(REVISION + "\n" + """
                 where organization_id = :org and position_id in (:ids) and status in ('APPROVED', 'IN_SIGN_OFF')""")
                .param("org", organizationId).param("ids", positionIds).query(DutyRevision.class).list();
    }

    void decide(long organizationId, long revisionId, String status) {
        jdbc.sql("update job_duties_revision set status = ?, decided_at = now() where organization_id = ? and id = ? and status = 'IN_SIGN_OFF'")
                .params(status, organizationId, revisionId).update();
    }

    void reopen(long organizationId, long revisionId) {
        jdbc.sql("update job_duties_revision set status = 'IN_SIGN_OFF', decided_at = null where organization_id = ? and id = ? and status in ('REJECTED', 'APPROVED')")
                .params(organizationId, revisionId).update();
    }

    void approve(long organizationId, DutyRevision r) {
        jdbc.sql("""
                update job_duties_revision set status = 'SUPERSEDED'
                where organization_id = ? and position_id = ? and status = 'APPROVED' and id <> ?""")
                .params(organizationId, r.positionId(), r.id()).update();
        decide(organizationId, r.id(), "APPROVED");
        jdbc.sql("update job_duties set current_revision = ?, updated_at = now() where organization_id = ? and position_id = ?")
                .params(r.revision(), organizationId, r.positionId()).update();
    }

    /** Records a change, or folds it into today's unraised change of the same process so a busy editor does not flood the list. */
    void recordChange(long organizationId, long positionId, long processId, String processName, String change, String what) {
        int merged = jdbc.sql("""
                update job_duty_change set what = case when position(:what in what) > 0 then what else what || ', ' || :what end,
                       at = now(), process_name = :name, version = version + 1
                where id = (select id from job_duty_change where organization_id = :org and position_id = :pos
                              and process_id = :pid and change = :change and not training_raised
                              and at > now() - interval '1 day' order by at desc limit 1)""")
                .param("what", what).param("name", processName).param("org", organizationId).param("pos", positionId)
                .param("pid", processId).param("change", change).update();
        if (merged == 0) {
            jdbc.sql("""
                    insert into job_duty_change (organization_id, position_id, process_id, process_name, change, what)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(organizationId, positionId, processId, processName, change, what).update();
        }
    }

    List<DutyChange> changes(long organizationId, long positionId, int limit) {
        return jdbc.sql("""
                select id, position_id, process_id, process_name, change, what, at, training_raised, version
                from job_duty_change where organization_id = ? and position_id = ? order by at desc, id desc limit ?""")
                .params(organizationId, positionId, limit).query(DutyChange.class).list();
    }

    Optional<DutyChange> change(long organizationId, long id) {
        return jdbc.sql("""
                select id, position_id, process_id, process_name, change, what, at, training_raised, version
                from job_duty_change where organization_id = ? and id = ?""")
                .params(organizationId, id).query(DutyChange.class).optional();
    }

    int markRaised(long organizationId, long id, int version) {
        return jdbc.sql("""
                update job_duty_change set training_raised = true, version = version + 1
                where organization_id = ? and id = ? and version = ? and not training_raised""")
                .params(organizationId, id, version).update();
    }

    /** Current holders of the position: the people a duty change concerns. */
    List<Long> holders(long organizationId, long positionId) {
        return jdbc.sql("""
                select id from person where organization_id = ? and position_id = ? and employment_status <> 'LEFT'
                order by id limit 5000""")
                .params(organizationId, positionId).query(Long.class).list();
    }

    /** People holding the owner positions of these processes: the default approvers of job duties. */
    List<Long> ownerHolders(long organizationId, Collection<Long> processIds) {
        return jdbc.sql("""
                select distinct p.id from process pr join person p on p.position_id = pr.owner_position_id
                where pr.organization_id = :org and pr.id in (:ids) and p.employment_status <> 'LEFT'
                order by p.id limit 20""")
                .param("org", organizationId).param("ids", processIds).query(Long.class).list();
    }
}
