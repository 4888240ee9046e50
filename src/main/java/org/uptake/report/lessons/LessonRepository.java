package org.uptake.report.lessons;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LessonRepository {

    private static final String SELECT = """
            select l.*, p.name as program_name, pb.name as playbook_name
            from lesson l join program p on p.id = l.program_id left join playbook pb on pb.id = l.playbook_id
            """;

    private final JdbcClient jdbc;

    LessonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Lesson> find(long organizationId, long programId, long id) {
        return jdbc.sql(SELECT + " where l.organization_id = ? and l.program_id = ? and l.id = ?")
                .params(organizationId, programId, id).query(LessonRepository::map).optional();
    }

    List<Lesson> ofProgram(long organizationId, long programId) {
        return jdbc.sql(SELECT + " where l.organization_id = ? and l.program_id = ? order by l.id")
                .params(organizationId, programId).query(LessonRepository::map).list();
    }

    /**
     * The register newest first, after a cursor; {@code memberPersonId} limits it to the programs that person
     * belongs to (null: the whole organisation), {@code playbookId} to one playbook.
     */
    List<Lesson> page(long organizationId, Long memberPersonId, Long playbookId, Long excludeProgramId, long beforeId, int limit) {
        return jdbc.sql(SELECT + """
                 where l.organization_id = :org and l.id < :before
                   and (cast(:playbook as bigint) is null or l.playbook_id = :playbook)
                   and (cast(:exclude as bigint) is null or l.program_id <> :exclude)
                   and (cast(:member as bigint) is null or exists (select 1 from program_member m
                        where m.program_id = l.program_id and m.person_id = :member))
                 order by l.id desc limit :limit""")
                .param("org", organizationId).param("before", beforeId).param("playbook", playbookId)
                .param("exclude", excludeProgramId).param("member", memberPersonId).param("limit", limit)
                .query(LessonRepository::map).list();
    }

    /** The playbooks the visible lessons came from, for the register's filter. */
    List<LessonService.PlaybookChoice> playbooks(long organizationId, Long memberPersonId) {
        return jdbc.sql("""
                select distinct pb.id, pb.name from lesson l join playbook pb on pb.id = l.playbook_id
                where l.organization_id = :org and (cast(:member as bigint) is null or exists (select 1 from program_member m
                      where m.program_id = l.program_id and m.person_id = :member)) order by pb.name""")
                .param("org", organizationId).param("member", memberPersonId)
                .query((rs, n) -> new LessonService.PlaybookChoice(rs.getLong(1), rs.getString(2))).list();
    }

    long insert(long organizationId, long programId, Long playbookId, LessonForm f) {
        return jdbc.sql("""
                insert into lesson (organization_id, program_id, playbook_id, kind, title, advice)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, programId, playbookId, f.getKind().name(), f.getTitle(), f.getAdvice())
                .query(Long.class).single();
    }

    int delete(long organizationId, long programId, long id) {
        return jdbc.sql("delete from lesson where organization_id = ? and program_id = ? and id = ?")
                .params(organizationId, programId, id).update();
    }

    private static Lesson map(ResultSet rs, int n) throws SQLException {
        return new Lesson(rs.getLong("id"), rs.getLong("program_id"), rs.getString("program_name"),
                rs.getObject("playbook_id", Long.class), rs.getString("playbook_name"), LessonKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("advice"), rs.getInt("version"), rs.getTimestamp("created_at").toInstant());
    }
}
