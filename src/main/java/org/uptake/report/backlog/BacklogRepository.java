package org.uptake.report.backlog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BacklogRepository {

    private final JdbcClient jdbc;

    BacklogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<BacklogItem> find(long organizationId, long programId, long id) {
        return jdbc.sql("select * from backlog_item where organization_id = ? and program_id = ? and id = ?")
                .params(organizationId, programId, id).query(BacklogRepository::map).optional();
    }

    /** Newest first after a cursor; {@code openOnly} leaves out done and rejected items. */
    List<BacklogItem> page(long organizationId, long programId, boolean openOnly, long beforeId, int limit) {
        String open = openOnly ? " and status not in ('DONE', 'REJECTED')" : "";
        return jdbc.sql("select * from backlog_item where organization_id = ? and program_id = ? and id < ?" + open
                        + " order by id desc limit ?")
                .params(organizationId, programId, beforeId, limit).query(BacklogRepository::map).list();
    }

    Optional<Long> ofProblem(long organizationId, long programId, long problemId) {
        return jdbc.sql("select id from backlog_item where organization_id = ? and program_id = ? and problem_id = ?")
                .params(organizationId, programId, problemId).query(Long.class).optional();
    }

    long insert(long organizationId, long programId, BacklogForm f, Long problemId) {
        return jdbc.sql("""
                insert into backlog_item (organization_id, program_id, title, description, source, problem_id, priority, status)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, programId, f.getTitle(), f.getDescription(), f.getSource().name(), problemId,
                        f.getPriority().name(), f.getStatus().name()).query(Long.class).single();
    }

    int update(long organizationId, long programId, long id, BacklogForm f) {
        return jdbc.sql("""
                update backlog_item set title = ?, description = ?, priority = ?, status = ?, version = version + 1, updated_at = now()
                where organization_id = ? and program_id = ? and id = ? and version = ?""")
                .params(f.getTitle(), f.getDescription(), f.getPriority().name(), f.getStatus().name(), organizationId, programId, id,
                        f.getVersion()).update();
    }

    private static BacklogItem map(ResultSet rs, int n) throws SQLException {
        return new BacklogItem(rs.getLong("id"), rs.getLong("program_id"), rs.getString("title"), rs.getString("description"),
                BacklogSource.valueOf(rs.getString("source")), rs.getObject("problem_id", Long.class),
                BacklogPriority.valueOf(rs.getString("priority")), BacklogStatus.valueOf(rs.getString("status")),
                rs.getInt("version"), rs.getTimestamp("created_at").toInstant());
    }
}
