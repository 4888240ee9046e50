package org.uptake.governance.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;

@Repository
class DocumentInstanceRepository {

    private static final String COLUMNS = """
            id, organization_id, template_id, template_version, kind, language, title, fields::text as fields, body, revision,
            status, program_id, group_id, meeting_id, signatory_id, reg_number, reg_date, in_force_on, supersedes_id,
            sign_off_id, signed_file_id, created_by, version, created_at, updated_at""";

    private final JdbcClient jdbc;

    DocumentInstanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DocumentInstance> find(long org, long id) {
        return jdbc.sql("select " + COLUMNS + " from document_instance where organization_id = ? and id = ?")
                .params(org, id).query(DocumentInstance.class).optional();
    }

    /**
     * Newest first. {@code addressee} limits the list to documents sent to that person for
     * acknowledgement (or drafted by that account) — what people who do not read everything see.
     */
    List<DocumentRow> page(long org, PageRequest request, Long programId, Long groupId, Long addressee, Long createdBy) {
        Cursor after = request.cursor();
        return jdbc.sql("""
                select d.id, d.title, d.kind, d.status, d.revision, d.reg_number, d.reg_date, d.in_force_on, d.program_id
                from document_instance d
                where d.organization_id = :org
                  and (cast(:program as bigint) is null or d.program_id = :program)
                  and (cast(:grp as bigint) is null or d.group_id = :grp)
                  and (cast(:q as text) is null or d.title ilike :q or d.reg_number ilike :q)
                  and (cast(:afterId as bigint) is null or d.id < :afterId)
                  and (cast(:me as bigint) is null or d.created_by = :creator
                       or exists (select 1 from acknowledgement a where a.document_id = d.id and a.person_id = :me))
                order by d.id desc limit :limit""")
                .param("org", org).param("program", programId).param("grp", groupId).param("q", request.likePattern())
                .param("afterId", after == null ? null : after.id()).param("me", addressee)
                .param("creator", createdBy == null ? -1L : createdBy).param("limit", request.size() + 1)
                .query(DocumentRow.class).list();
    }

    boolean addressedTo(long documentId, long personId) {
        return jdbc.sql("select count(*) from acknowledgement where document_id = ? and person_id = ?")
                .params(documentId, personId).query(Long.class).single() > 0;
    }

    long insert(long org, DocumentTemplate t, int templateVersion, DocumentForm f, String fieldsJson, String body, long createdBy) {
        return jdbc.sql("""
                insert into document_instance (organization_id, template_id, template_version, kind, language, title, fields,
                       body, program_id, group_id, meeting_id, signatory_id, supersedes_id, created_by)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(org, t.id(), templateVersion, t.kind().name(), t.language(), f.title().strip(), fieldsJson, body,
                        f.programId(), f.groupId(), f.meetingId(), f.signatoryId(), f.supersedesId(), createdBy)
                .query(Long.class).single();
    }

    boolean updateDraft(long org, long id, int templateVersion, DocumentForm f, String fieldsJson, String body) {
        return jdbc.sql("""
                update document_instance set template_version = ?, title = ?, fields = cast(? as jsonb), body = ?, program_id = ?,
                       group_id = ?, meeting_id = ?, signatory_id = ?, supersedes_id = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ? and status = 'DRAFT'""")
                .params(templateVersion, f.title().strip(), fieldsJson, body, f.programId(), f.groupId(), f.meetingId(),
                        f.signatoryId(), f.supersedesId(), org, id, f.version())
                .update() == 1;
    }

    boolean setStatus(long org, long id, DocumentStatus status, int version) {
        return jdbc.sql("""
                update document_instance set status = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(status.name(), org, id, version).update() == 1;
    }

    boolean sentForSignOff(long org, long id, long signOffId, int version) {
        return jdbc.sql("""
                update document_instance set status = 'IN_SIGN_OFF', sign_off_id = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(signOffId, org, id, version).update() == 1;
    }

    /** Moves a document on after a sign-off outcome; only from IN_SIGN_OFF, so a late event changes nothing. */
    int signOffOutcome(long org, long id, DocumentStatus status) {
        return jdbc.sql("""
                update document_instance set status = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and status = 'IN_SIGN_OFF'""")
                .params(status.name(), org, id).update();
    }

    boolean register(long org, long id, String number, LocalDate date, int version) {
        return jdbc.sql("""
                update document_instance set status = 'REGISTERED', reg_number = ?, reg_date = ?, version = version + 1,
                       updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(number, date, org, id, version).update() == 1;
    }

    boolean numberTaken(long org, String number, long exceptId) {
        return jdbc.sql("select count(*) from document_instance where organization_id = ? and reg_number = ? and id <> ?")
                .params(org, number, exceptId).query(Long.class).single() > 0;
    }

    boolean inForce(long org, long id, LocalDate from, int version) {
        return jdbc.sql("""
                update document_instance set status = 'IN_FORCE', in_force_on = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(from, org, id, version).update() == 1;
    }

    void supersede(long org, long id) {
        jdbc.sql("""
                update document_instance set status = 'SUPERSEDED', version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and status = 'IN_FORCE'""").params(org, id).update();
    }

    /** A new revision: back to draft without number, to be signed off, registered and put in force again. */
    boolean revise(long org, long id, int version) {
        return jdbc.sql("""
                update document_instance set status = 'DRAFT', revision = revision + 1, reg_number = null, reg_date = null,
                       in_force_on = null, sign_off_id = null, signed_file_id = null, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ? and status = 'IN_FORCE'""")
                .params(org, id, version).update() == 1;
    }

    boolean attachSigned(long org, long id, long fileId, int version) {
        return jdbc.sql("""
                update document_instance set signed_file_id = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(fileId, org, id, version).update() == 1;
    }

    void updateBody(long org, long id, String body) {
        jdbc.sql("update document_instance set body = ? where organization_id = ? and id = ?").params(body, org, id).update();
    }
}
