package org.uptake.org.position;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.uptake.shared.db.TableCopy;

/** The set-based SQL of position imports and exports. */
@Repository
class PositionBulkRepository {

    private final JdbcClient jdbc;
    private final TableCopy copy;

    PositionBulkRepository(JdbcClient jdbc, TableCopy copy) {
        this.jdbc = jdbc;
        this.copy = copy;
    }

    List<Position> all(long organizationId) {
        return jdbc.sql("select id, organization_id, code, title, description, version from position where organization_id = ?")
                .param(organizationId).query(Position.class).list();
    }

    /** Updates through a temporary table in one statement; answers how many rows still had the version read. */
    int updateAll(long organizationId, List<Position> changed) {
        if (changed.isEmpty()) {
            return 0;
        }
        jdbc.sql("""
                create temporary table position_import_update (id bigint primary key, version int, title text, description text)
                on commit drop""").update();
        copy.copy("position_import_update (id, version, title, description)",
                rows -> changed.forEach(p -> rows.add(p.id(), p.version(), p.title(), p.description())));
        return jdbc.sql("""
                update position p set title = u.title, description = u.description, version = p.version + 1, updated_at = now()
                from position_import_update u
                where p.id = u.id and p.organization_id = ? and p.version = u.version""")
                .param(organizationId).update();
    }

    List<List<Object>> export(long organizationId) {
        return jdbc.sql("select code, title, description from position where organization_id = ? order by lower(title), id")
                .param(organizationId)
                .query((rs, n) -> java.util.Arrays.<Object>asList(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }
}
