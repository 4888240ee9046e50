package org.uptake.program;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;

@Repository
class ProgramRepository {

    private static final String COLUMNS = """
            id, organization_id, name, subject, description, strategy, original_objective, objective, objective_frozen_at,
            start_date, status, language, playbook_id, playbook_version_id, playbook_version_number, escalate_after_days,
            version, created_at, updated_at""";

    private final JdbcClient jdbc;

    ProgramRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Program> find(long organizationId, long id) {
        return jdbc.sql("select " + COLUMNS + " from program where organization_id = ? and id = ?")
                .params(organizationId, id).query(ProgramRepository::map).optional();
    }

    /** The playbook's newest published version when it is newer than the one the program came from. */
    Optional<Integer> newerPlaybookVersion(long organizationId, long id) {
        return jdbc.sql("""
                select pb.latest_version from program p join playbook pb on pb.id = p.playbook_id
                where p.organization_id = ? and p.id = ? and pb.latest_version > p.playbook_version_number""")
                .params(organizationId, id).query(Integer.class).optional();
    }

    static Program map(ResultSet rs, int n) throws SQLException {
        return new Program(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("name"),
                ProgramSubject.valueOf(rs.getString("subject")), rs.getString("description"), rs.getString("strategy"),
                rs.getString("original_objective"), rs.getString("objective"), instant(rs, "objective_frozen_at"),
                rs.getObject("start_date", LocalDate.class), ProgramStatus.valueOf(rs.getString("status")),
                rs.getString("language"), rs.getObject("playbook_id", Long.class), rs.getObject("playbook_version_id", Long.class),
                rs.getObject("playbook_version_number", Integer.class), rs.getInt("escalate_after_days"), rs.getInt("version"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    record NewProgram(long organizationId, String name, ProgramSubject subject, String description, String strategy,
                      String objective, LocalDate startDate, String language, Long playbookId, Long playbookVersionId,
                      Integer playbookVersionNumber, Long createdBy) {
    }

    long insert(NewProgram p) {
        return jdbc.sql("""
                insert into program (organization_id, name, subject, description, strategy, original_objective, objective,
                                     start_date, language, playbook_id, playbook_version_id, playbook_version_number, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(p.organizationId(), p.name(), p.subject().name(), p.description(), p.strategy(), p.objective(),
                        p.objective(), p.startDate(), p.language(), p.playbookId(), p.playbookVersionId(),
                        p.playbookVersionNumber(), p.createdBy())
                .query(Long.class).single();
    }

    /** Saves the facts; while the objective is not frozen the original follows the objective. */
    int update(long organizationId, long id, ProgramForm f, boolean objectiveFrozen) {
        return jdbc.sql("""
                update program set name = ?, subject = ?, description = ?, strategy = ?, start_date = ?, escalate_after_days = ?,
                       objective = case when ? then objective else ? end,
                       original_objective = case when ? then original_objective else ? end,
                       version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(f.getName(), f.getSubject().name(), f.getDescription(), f.getStrategy(), f.getStartDate(),
                        f.getEscalateAfterDays(), objectiveFrozen, f.getObjective(), objectiveFrozen, f.getObjective(),
                        organizationId, id, f.getVersion())
                .update();
    }

    int moveStatus(long organizationId, long id, int version, ProgramStatus from, ProgramStatus to, boolean freeze) {
        return jdbc.sql("""
                update program set status = ?, version = version + 1, updated_at = now(),
                       objective_frozen_at = case when ? and objective_frozen_at is null then now() else objective_frozen_at end
                where organization_id = ? and id = ? and version = ? and status = ?""")
                .params(to.name(), freeze, organizationId, id, version, from.name()).update();
    }

    int changeObjective(long organizationId, long id, int version, String objective) {
        return jdbc.sql("""
                update program set objective = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(objective, organizationId, id, version).update();
    }

    void addRevision(long organizationId, long programId, String objective, String reason, long userId, String userName) {
        jdbc.sql("""
                insert into program_objective_revision (organization_id, program_id, objective, reason, changed_by, changed_by_name)
                values (?, ?, ?, ?, ?, ?)""")
                .params(organizationId, programId, objective, reason, userId, userName).update();
    }

    List<ObjectiveRevision> revisions(long organizationId, long programId) {
        return jdbc.sql("""
                select id, objective, reason, changed_by_name, changed_at from program_objective_revision
                where organization_id = ? and program_id = ? order by id""")
                .params(organizationId, programId)
                .query((rs, n) -> new ObjectiveRevision(rs.getLong("id"), rs.getString("objective"), rs.getString("reason"),
                        rs.getString("changed_by_name"), instant(rs, "changed_at")))
                .list();
    }

    /**
     * Programs by name with their coordinator and task figures. {@code memberPersonId} limits the list to
     * the programs where that person is in the team (for people who do not read the whole organisation).
     */
    List<ProgramRow> page(long organizationId, Long memberPersonId, String status, PageRequest request) {
        Cursor after = request.cursor();
        StringBuilder sql = new StringBuilder("""
                select p.id, p.name, p.subject, p.status, p.start_date,
                       (select min(pe.full_name) from program_member m join person pe on pe.id = m.person_id
                        where m.program_id = p.id and m.role = 'COORDINATOR') as coordinator_name,
                       coalesce(t.total, 0) as tasks_total, coalesce(t.done, 0) as tasks_done, coalesce(t.overdue, 0) as tasks_overdue
                from program p
                left join lateral (select count(*) filter (where status <> 'CANCELLED') as total,
                                          count(*) filter (where status = 'DONE') as done,
                                          count(*) filter (where status in ('NOT_STARTED', 'IN_PROGRESS')
                                                            and coalesce(due_date, planned_finish) < current_date) as overdue
                                   from program_task where program_id = p.id) t on true
                where p.organization_id = :org""");
        if (memberPersonId != null) {
            sql.append(" and exists (select 1 from program_member m where m.program_id = p.id and m.person_id = :person)");
        }
        if (status != null) {
            sql.append(" and p.status = :status");
        }
        if (request.likePattern() != null) {
            sql.append(" and p.name ilike :pattern");
        }
        if (after != null) {
            sql.append(" and (lower(p.name), p.id) > (:afterKey, :afterId)");
        }
        sql.append(" order by lower(p.name), p.id limit :limit");
        var spec = jdbc.sql(sql.toString()).param("org", organizationId).param("limit", request.size() + 1);
        if (memberPersonId != null) {
            spec = spec.param("person", memberPersonId);
        }
        if (status != null) {
            spec = spec.param("status", status);
        }
        if (request.likePattern() != null) {
            spec = spec.param("pattern", request.likePattern());
        }
        if (after != null) {
            spec = spec.param("afterKey", after.key()).param("afterId", after.id());
        }
        return spec.query((rs, n) -> new ProgramRow(rs.getLong("id"), rs.getString("name"),
                ProgramSubject.valueOf(rs.getString("subject")), ProgramStatus.valueOf(rs.getString("status")),
                rs.getObject("start_date", LocalDate.class), rs.getString("coordinator_name"), rs.getLong("tasks_total"),
                rs.getLong("tasks_done"), rs.getLong("tasks_overdue"))).list();
    }
}
