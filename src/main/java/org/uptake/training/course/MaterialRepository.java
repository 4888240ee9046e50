package org.uptake.training.course;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MaterialRepository {

    private static final String MATERIAL = """
            select m.id, m.course_id, m.title, m.kind, m.revision, m.file_id, f.name as file_name, m.body,
                   m.added_by_name, m.created_at
            from training_material m left join stored_file f on f.id = m.file_id
            where m.organization_id = ?""";

    private final JdbcClient jdbc;

    MaterialRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every revision of the course's materials, newest revision of each title first. */
    List<Material> ofCourse(long org, long courseId) {
        return jdbc.sql(MATERIAL + " and m.course_id = ? order by lower(m.title), m.revision desc")
                .params(org, courseId).query(Material.class).list();
    }

    Optional<Material> find(long org, long id) {
        return jdbc.sql(MATERIAL + " and m.id = ?").params(org, id).query(Material.class).optional();
    }

    long insert(long org, long courseId, String title, MaterialKind kind, Long fileId, String body, String byName) {
        return jdbc.sql("""
                insert into training_material (organization_id, course_id, title, kind, revision, file_id, body, added_by_name)
                values (?, ?, ?, ?, (select coalesce(max(revision), 0) + 1 from training_material
                                     where course_id = ? and title = ?), ?, ?, ?) returning id""")
                .params(org, courseId, title, kind.name(), courseId, title, fileId, body, byName).query(Long.class).single();
    }
}
