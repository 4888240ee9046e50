package org.uptake.engagement.home;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RoleChangeRepository {

    private static final String SELECT = """
            select rc.id, rc.program_id, rc.position_id, p.title as position_title, rc.language, rc.draft, rc.published_number,
                   rc.published_text, rc.published_at, rc.published_by_name, rc.version
            from role_change rc join position p on p.id = rc.position_id
            """;

    private final JdbcClient jdbc;

    RoleChangeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RoleChange> list(long org, long programId) {
        return jdbc.sql(SELECT + " where rc.organization_id = ? and rc.program_id = ? order by lower(p.title), rc.language")
                .params(org, programId).query(RoleChange.class).list();
    }

    Optional<RoleChange> find(long org, long programId, long id) {
        return jdbc.sql(SELECT + " where rc.organization_id = ? and rc.program_id = ? and rc.id = ?")
                .params(org, programId, id).query(RoleChange.class).optional();
    }

    Optional<RoleChange> find(long org, long programId, long positionId, String language) {
        return jdbc.sql(SELECT + " where rc.organization_id = ? and rc.program_id = ? and rc.position_id = ? and rc.language = ?")
                .params(org, programId, positionId, language).query(RoleChange.class).optional();
    }

    boolean positionKnown(long org, long positionId) {
        return jdbc.sql("select exists (select 1 from position where organization_id = ? and id = ?)")
                .params(org, positionId).query(Boolean.class).single();
    }

    long insert(long org, long programId, RoleChangeForm form) {
        return jdbc.sql("""
                insert into role_change (organization_id, program_id, position_id, language, draft)
                values (?, ?, ?, ?, ?) returning id""")
                .params(org, programId, form.positionId(), form.language(), form.text().strip()).query(Long.class).single();
    }

    int update(long org, long id, String text, int version) {
        return jdbc.sql("""
                update role_change set draft = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(text.strip(), org, id, version).update();
    }

    int publish(long org, long id, int version, String byName) {
        int n = jdbc.sql("""
                update role_change set published_number = published_number + 1, published_text = draft, published_at = now(),
                       published_by_name = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(byName, org, id, version).update();
        if (n > 0) {
            jdbc.sql("""
                    insert into role_change_version (role_change_id, organization_id, number, text, published_by_name)
                    select id, organization_id, published_number, published_text, published_by_name from role_change where id = ?""")
                    .param(id).update();
        }
        return n;
    }

    List<RoleChangeVersion> versions(long org, long id) {
        return jdbc.sql("""
                select number, text, published_at, published_by_name from role_change_version
                where organization_id = ? and role_change_id = ? order by number desc""")
                .params(org, id).query(RoleChangeVersion.class).list();
    }

    /**
     * The published texts for the person's position, one per program: in their language, else the
     * program's, else any (alphabetically), so everyone reads something.
     */
    List<MyRoleChange> forPerson(long org, long personId, String language) {
        return jdbc.sql("""
                select distinct on (rc.program_id) rc.program_id, pos.title as position_title, rc.language,
                       rc.published_text as text, rc.published_number as number, rc.published_at
                from person pe
                join role_change rc on rc.organization_id = pe.organization_id and rc.position_id = pe.position_id
                     and rc.published_number > 0
                join position pos on pos.id = rc.position_id
                join program pr on pr.id = rc.program_id and pr.status <> 'CLOSED'
                where pe.organization_id = ? and pe.id = ?
                order by rc.program_id, (rc.language = ?) desc, (rc.language = pr.language) desc, rc.language""")
                .params(org, personId, language).query(MyRoleChange.class).list();
    }
}
