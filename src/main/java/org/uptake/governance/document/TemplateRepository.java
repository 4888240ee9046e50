package org.uptake.governance.document;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TemplateRepository {

    private static final String COLUMNS = """
            id, organization_id, code, kind, language, jurisdiction, title, current_version, copied_from_id, version,
            created_at, updated_at""";

    private final JdbcClient jdbc;

    TemplateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A built-in template or one of the organisation's own. */
    Optional<DocumentTemplate> find(long org, long id) {
        return jdbc.sql("select " + COLUMNS + " from document_template where id = ? and (organization_id is null or organization_id = ?)")
                .params(id, org).query(DocumentTemplate.class).optional();
    }

    /** Built-in templates and the organisation's own: at most a few hundred, so one list. */
    List<DocumentTemplate> all(long org) {
        return jdbc.sql("select " + COLUMNS + """
                 from document_template where organization_id is null or organization_id = ?
                order by organization_id nulls first, code, language""")
                .param(org).query(DocumentTemplate.class).list();
    }

    Optional<DocumentTemplate> builtIn(String code, String language) {
        return jdbc.sql("select " + COLUMNS + " from document_template where organization_id is null and code = ? and language = ?")
                .params(code, language).query(DocumentTemplate.class).optional();
    }

    boolean codeTaken(long org, String code, String language) {
        return jdbc.sql("select count(*) from document_template where organization_id = ? and code = ? and language = ?")
                .params(org, code, language).query(Long.class).single() > 0;
    }

    long insert(Long org, TemplateForm f, Long copiedFrom) {
        return jdbc.sql("""
                insert into document_template (organization_id, code, kind, language, jurisdiction, title, copied_from_id)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(org, f.code(), f.kind().name(), f.language(), f.jurisdiction(), f.title().strip(), copiedFrom)
                .query(Long.class).single();
    }

    /** Saves a new body as the next version; the row's version guards against a stale edit. */
    boolean nextVersion(long org, long id, TemplateForm f) {
        return jdbc.sql("""
                update document_template set kind = ?, jurisdiction = ?, title = ?, current_version = current_version + 1,
                       version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(f.kind().name(), f.jurisdiction(), f.title().strip(), org, id, f.version()).update() == 1;
    }

    void bumpBuiltIn(long id) {
        jdbc.sql("update document_template set current_version = current_version + 1, version = version + 1, updated_at = now() where id = ?")
                .param(id).update();
    }

    void insertVersion(long templateId, int number, String body, String note, Long createdBy) {
        jdbc.sql("insert into document_template_version (template_id, number, body, note, created_by) values (?, ?, ?, ?, ?)")
                .params(templateId, number, body, note, createdBy).update();
    }

    Optional<TemplateVersion> version(long templateId, int number) {
        return jdbc.sql("select template_id, number, body, note, created_by, created_at from document_template_version where template_id = ? and number = ?")
                .params(templateId, number).query(TemplateVersion.class).optional();
    }

    List<TemplateVersion> versions(long templateId) {
        return jdbc.sql("""
                select template_id, number, '' as body, note, created_by, created_at from document_template_version
                where template_id = ? order by number desc""")
                .param(templateId).query(TemplateVersion.class).list();
    }
}
