package org.uptake.process.document;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.uptake.shared.Actor;

@Repository
class DocumentRepository {

    private static final String SELECT = """
            select d.id, d.process_id, p.name as process_name, d.kind, d.title, d.executor_position_id,
                   pos.title as executor_title, d.body, d.status, d.approved_revision, d.version, d.updated_at
            from process_document d join process p on p.id = d.process_id
            left join position pos on pos.id = d.executor_position_id
            """;
    private static final RowMapper<ProcessDocument> ROW = (rs, n) -> new ProcessDocument(rs.getLong("id"),
            rs.getLong("process_id"), rs.getString("process_name"), ProcessDocument.Kind.valueOf(rs.getString("kind")),
            rs.getString("title"), rs.getObject("executor_position_id", Long.class), rs.getString("executor_title"),
            rs.getString("body"), ProcessDocument.Status.valueOf(rs.getString("status")),
            rs.getObject("approved_revision", Integer.class), rs.getInt("version"), rs.getTimestamp("updated_at").toInstant());
    private static final RowMapper<DocumentRevision> REVISION = (rs, n) -> new DocumentRevision(rs.getLong("document_id"),
            rs.getInt("revision"), rs.getString("title"), rs.getString("body"), rs.getString("approved_by_name"),
            rs.getTimestamp("approved_at").toInstant());

    private final JdbcClient jdbc;

    DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ProcessDocument> find(long organizationId, long id) {
        return jdbc.sql(SELECT + " where d.organization_id = ? and d.id = ?").params(organizationId, id).query(ROW).optional();
    }

    List<ProcessDocument> forProcess(long organizationId, long processId) {
        return jdbc.sql(SELECT + " where d.organization_id = ? and d.process_id = ? order by d.kind desc, lower(d.title), d.id")
                .params(organizationId, processId).query(ROW).list();
    }

    long insert(long organizationId, long processId, DocumentForm f) {
        return jdbc.sql("""
                insert into process_document (organization_id, process_id, kind, title, executor_position_id, body)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, processId, f.getKind().name(), f.getTitle(), f.getExecutorPositionId(), f.getBody())
                .query(Long.class).single();
    }

    /** Saves the draft; an approved document becomes a draft again (its approved revision stays). */
    int update(long organizationId, long id, DocumentForm f) {
        return jdbc.sql("""
                update process_document set title = ?, executor_position_id = ?, body = ?, status = 'DRAFT',
                       version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(f.getTitle(), f.getExecutorPositionId(), f.getBody(), organizationId, id, f.getVersion()).update();
    }

    int delete(long organizationId, long id, int version) {
        return jdbc.sql("delete from process_document where organization_id = ? and id = ? and version = ?")
                .params(organizationId, id, version).update();
    }

    int approve(long organizationId, long id, int version, int revision) {
        return jdbc.sql("""
                update process_document set status = 'APPROVED', approved_revision = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(revision, organizationId, id, version).update();
    }

    void insertRevision(long organizationId, ProcessDocument d, int revision, Actor actor) {
        jdbc.sql("""
                insert into process_document_revision (organization_id, document_id, revision, title, body,
                                                       approved_by_user_id, approved_by_name)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(organizationId, d.id(), revision, d.title(), d.body(), actor.userId(), actor.displayName()).update();
    }

    int nextRevision(long documentId) {
        return jdbc.sql("select coalesce(max(revision), 0) + 1 from process_document_revision where document_id = ?")
                .param(documentId).query(Integer.class).single();
    }

    List<DocumentRevision> revisions(long organizationId, long documentId) {
        return jdbc.sql("""
                select document_id, revision, title, body, approved_by_name, approved_at from process_document_revision
                where organization_id = ? and document_id = ? order by revision desc""")
                .params(organizationId, documentId).query(REVISION).list();
    }

    Optional<DocumentRevision> revision(long organizationId, long documentId, int revision) {
        return jdbc.sql("""
                select document_id, revision, title, body, approved_by_name, approved_at from process_document_revision
                where organization_id = ? and document_id = ? and revision = ?""")
                .params(organizationId, documentId, revision).query(REVISION).optional();
    }

    /** Whether the process has a regulation with at least one approved revision. */
    boolean hasApprovedRegulation(long processId) {
        return jdbc.sql("""
                select exists (select 1 from process_document where process_id = ? and kind = 'REGULATION'
                               and approved_revision is not null)""")
                .param(processId).query(Boolean.class).single();
    }
}
