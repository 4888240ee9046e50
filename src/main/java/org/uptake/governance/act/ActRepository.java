package org.uptake.governance.act;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ActRepository {

    private static final String LEGAL = """
            select a.id, a.program_id, a.title, a.level, a.number, a.adopted_on, a.reference_url, a.note, a.studied_by_id,
                   p.full_name as studied_by_name, a.version
            from legal_act a left join person p on p.id = a.studied_by_id""";
    private static final String LOCAL = """
            select c.id, c.program_id, c.title, c.change_needed, c.responsible_id, p.full_name as responsible_name, c.due_on,
                   c.status, c.document_id, c.version
            from local_act_change c left join person p on p.id = c.responsible_id""";

    private final JdbcClient jdbc;

    ActRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A program relies on tens of acts and changes tens of local ones: one list each, capped. */
    List<LegalAct> legalActs(long org, long programId, int limit) {
        return jdbc.sql(LEGAL + " where a.organization_id = ? and a.program_id = ? order by a.id limit ?")
                .params(org, programId, limit).query(LegalAct.class).list();
    }

    List<LocalActChange> localChanges(long org, long programId, int limit) {
        return jdbc.sql(LOCAL + " where c.organization_id = ? and c.program_id = ? order by c.status desc, c.due_on nulls last, c.id limit ?")
                .params(org, programId, limit).query(LocalActChange.class).list();
    }

    Optional<LocalActChange> localChange(long org, long programId, long id) {
        return jdbc.sql(LOCAL + " where c.organization_id = ? and c.program_id = ? and c.id = ?")
                .params(org, programId, id).query(LocalActChange.class).optional();
    }

    long insertLegal(long org, long programId, LegalActForm f) {
        return jdbc.sql("""
                insert into legal_act (organization_id, program_id, title, level, number, adopted_on, reference_url, note, studied_by_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(org, programId, f.title().strip(), blank(f.level()), blank(f.number()), f.adoptedOn(), blank(f.referenceUrl()),
                        blank(f.note()), f.studiedById())
                .query(Long.class).single();
    }

    long insertLocal(long org, long programId, LocalActChangeForm f) {
        return jdbc.sql("""
                insert into local_act_change (organization_id, program_id, title, change_needed, responsible_id, due_on, document_id)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(org, programId, f.title().strip(), f.changeNeeded().strip(), f.responsibleId(), f.dueOn(), f.documentId())
                .query(Long.class).single();
    }

    boolean markDone(long org, long id, int version) {
        return jdbc.sql("""
                update local_act_change set status = 'DONE', version = version + 1
                where organization_id = ? and id = ? and version = ? and status = 'PLANNED'""")
                .params(org, id, version).update() == 1;
    }

    boolean personExists(long org, long personId) {
        return jdbc.sql("select count(*) from person where organization_id = ? and id = ?").params(org, personId)
                .query(Long.class).single() > 0;
    }

    boolean documentExists(long org, long documentId) {
        return jdbc.sql("select count(*) from document_instance where organization_id = ? and id = ?").params(org, documentId)
                .query(Long.class).single() > 0;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
