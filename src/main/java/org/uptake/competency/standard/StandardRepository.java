package org.uptake.competency.standard;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StandardRepository {

    private final JdbcClient jdbc;

    StandardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String SELECT = """
            select s.id, s.code, s.name, s.activity_goal, s.job_titles, s.fictional, s.imported_from, s.imported_by_name,
                   s.version, s.created_at,
                   (select count(*) from standard_function f where f.standard_id = s.id) as function_count,
                   (select count(*) from position_standard m where m.standard_id = s.id) as mapping_count
            from professional_standard s
            """;

    static List<String> texts(ResultSet rs, String column) throws SQLException {
        Array a = rs.getArray(column);
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }

    static List<Long> ids(ResultSet rs, String column) throws SQLException {
        Array a = rs.getArray(column);
        return a == null ? List.of() : Arrays.asList((Long[]) a.getArray());
    }

    private static Standard standard(ResultSet rs, int row) throws SQLException {
        return new Standard(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("activity_goal"),
                texts(rs, "job_titles"), rs.getBoolean("fictional"), rs.getString("imported_from"),
                rs.getString("imported_by_name"), rs.getInt("version"), rs.getTimestamp("created_at").toInstant(),
                rs.getInt("function_count"), rs.getInt("mapping_count"));
    }

    List<Standard> list(long organizationId) {
        return jdbc.sql(SELECT + " where s.organization_id = ? order by s.code limit 500").param(organizationId)
                .query(StandardRepository::standard).list();
    }

    Optional<Standard> find(long organizationId, long id) {
        return jdbc.sql(SELECT + " where s.organization_id = ? and s.id = ?").params(organizationId, id)
                .query(StandardRepository::standard).optional();
    }

    boolean codeTaken(long organizationId, String code) {
        return jdbc.sql("select exists (select 1 from professional_standard where organization_id = ? and code = ?)")
                .params(organizationId, code).query(Boolean.class).single();
    }

    List<StandardFunction> functions(long organizationId, long standardId) {
        return jdbc.sql("""
                select id, parent_id, code, name, qualification_level, actions, skills, knowledge
                from standard_function where organization_id = ? and standard_id = ? order by sort_order""")
                .params(organizationId, standardId)
                .query((rs, n) -> new StandardFunction(rs.getLong("id"), (Long) rs.getObject("parent_id"), rs.getString("code"),
                        rs.getString("name"), rs.getInt("qualification_level"), texts(rs, "actions"), texts(rs, "skills"),
                        texts(rs, "knowledge"))).list();
    }

    long insert(long organizationId, ParsedStandard s, String importedFrom, String byName) {
        long id = jdbc.sql("""
                insert into professional_standard (organization_id, code, name, activity_goal, job_titles, fictional,
                    imported_from, imported_by_name)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, s.code(), s.name(), s.activityGoal(), s.jobTitles().toArray(String[]::new),
                        s.fictional(), importedFrom, byName).query(Long.class).single();
        int order = 0;
        for (ParsedStandard.Function g : s.generalised()) {
            long parent = insertFunction(organizationId, id, null, g, order++);
            for (ParsedStandard.Function f : g.children()) {
                insertFunction(organizationId, id, parent, f, order++);
            }
        }
        return id;
    }

    private long insertFunction(long organizationId, long standardId, Long parentId, ParsedStandard.Function f, int order) {
        return jdbc.sql("""
                insert into standard_function (organization_id, standard_id, parent_id, code, name, qualification_level,
                    sort_order, actions, skills, knowledge)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, standardId, parentId, f.code(), f.name(), f.level(), order,
                        f.actions().toArray(String[]::new), f.skills().toArray(String[]::new), f.knowledge().toArray(String[]::new))
                .query(Long.class).single();
    }

    int delete(long organizationId, long id, int version) {
        return jdbc.sql("delete from professional_standard where organization_id = ? and id = ? and version = ?")
                .params(organizationId, id, version).update();
    }

    /** Ids of the labour functions (not generalised ones) of the standard among those given. */
    List<Long> labourFunctions(long organizationId, long standardId, List<Long> ids) {
        if (ids.isEmpty()) {
            return new ArrayList<>();
        }
        return jdbc.sql("""
                select id from standard_function where organization_id = ? and standard_id = ? and parent_id is not null
                  and id = any(?) order by sort_order""")
                .params(organizationId, standardId, ids.toArray(Long[]::new)).query(Long.class).list();
    }
}
