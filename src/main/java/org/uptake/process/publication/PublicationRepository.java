package org.uptake.process.publication;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.uptake.process.catalog.ProcessStatus;
import org.uptake.shared.Actor;

@Repository
class PublicationRepository {

    private static final org.springframework.jdbc.core.RowMapper<SpecificationRevision> REVISION = (rs, n) ->
            new SpecificationRevision(rs.getLong("process_id"), rs.getInt("revision"), rs.getString("approved_by_name"),
                    rs.getTimestamp("approved_at").toInstant(), rs.getString("comment"), rs.getString("snapshot"));

    private final JdbcClient jdbc;

    PublicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves the status only if the specification is still the one the actor read. */
    int setStatus(long organizationId, long processId, int specVersion, ProcessStatus status) {
        return jdbc.sql("""
                update process set status = ?, updated_at = now()
                where organization_id = ? and id = ? and spec_version = ?""")
                .params(status.name(), organizationId, processId, specVersion).update();
    }

    int approve(long organizationId, long processId, int specVersion, int revision) {
        return jdbc.sql("""
                update process set status = 'APPROVED', approved_revision = ?, updated_at = now()
                where organization_id = ? and id = ? and spec_version = ?""")
                .params(revision, organizationId, processId, specVersion).update();
    }

    int nextRevision(long processId) {
        return jdbc.sql("select coalesce(max(revision), 0) + 1 from process_revision where process_id = ?")
                .param(processId).query(Integer.class).single();
    }

    void insertRevision(long organizationId, long processId, int revision, String snapshot, Actor actor, String approvedBy,
                        String comment) {
        jdbc.sql("""
                insert into process_revision (organization_id, process_id, revision, snapshot, approved_by_user_id,
                                              approved_by_name, comment)
                values (?, ?, ?, cast(? as jsonb), ?, ?, ?)""")
                .params(organizationId, processId, revision, snapshot, actor.userId() == 0 ? null : actor.userId(), approvedBy,
                        comment)
                .update();
    }

    List<SpecificationRevision> revisions(long organizationId, long processId) {
        return jdbc.sql("""
                select process_id, revision, approved_by_name, approved_at, comment, null as snapshot from process_revision
                where organization_id = ? and process_id = ? order by revision desc limit 100""")
                .params(organizationId, processId).query(REVISION).list();
    }

    Optional<SpecificationRevision> revision(long organizationId, long processId, int revision) {
        return jdbc.sql("""
                select process_id, revision, approved_by_name, approved_at, comment, snapshot::text as snapshot
                from process_revision where organization_id = ? and process_id = ? and revision = ?""")
                .params(organizationId, processId, revision).query(REVISION).optional();
    }
}
