package org.uptake.support;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One problem: read with its names, reported, triaged, moved through the workflow, merged. */
@Repository
class ProblemRepository {

    static final String VIEW = """
            select p.id, p.program_id, pg.name as program_name, p.type, p.severity, p.status, p.title, p.description,
                   p.unit_id, u.name as unit_name, p.reporter_person_id, p.reporter_name, p.owner_person_id,
                   o.full_name as owner_name, p.resolution, p.material_name, p.material_version, p.revision_task_id,
                   p.finding_id, p.task_id, p.duplicate_of_id, p.faq_id, p.sla_hours, p.sla_due_at, p.paused_at,
                   p.paused_minutes, p.resolved_at, p.closed_at, p.created_at, p.version
            from problem p
            left join program pg on pg.id = p.program_id
            left join unit u on u.id = p.unit_id
            left join person o on o.id = p.owner_person_id
            """;

    /** The SLA due time from the creation, the hours and the minutes spent waiting for the reporter. */
    private static final String DUE = "created_at + make_interval(hours => sla_hours) + make_interval(mins => paused_minutes)";

    private final JdbcClient jdbc;

    ProblemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Problem> find(long organizationId, long id) {
        return jdbc.sql(VIEW + " where p.organization_id = ? and p.id = ?").params(organizationId, id)
                .query(Problem.class).optional();
    }

    record NewProblem(long organizationId, Long programId, ProblemForm form, Long reporterPersonId, String reporterName,
                      int slaHours, long createdBy) {
    }

    long insert(NewProblem n) {
        return insertUnlessOpen(n, null).orElseThrow();
    }

    /**
     * Inserts the problem unless one from the same source (e.g. {@code integration:42}) is still open;
     * empty then. The partial unique index makes this hold across concurrent checks too.
     */
    Optional<Long> insertUnlessOpen(NewProblem n, String sourceKey) {
        ProblemForm f = n.form();
        return jdbc.sql("""
                insert into problem (organization_id, program_id, type, severity, title, description, unit_id,
                       reporter_person_id, reporter_name, material_name, material_version, sla_hours, sla_due_at, created_by,
                       source_key)
                values (:org, :program, :type, :severity, :title, :description, :unit, :reporter, :reporterName,
                        :material, :materialVersion, :hours, now() + make_interval(hours => :hours), :createdBy, :source)
                on conflict (organization_id, source_key)
                    where source_key is not null and status in ('NEW', 'IN_PROGRESS', 'WAITING_FOR_REPORTER') do nothing
                returning id""")
                .param("org", n.organizationId()).param("program", n.programId()).param("type", f.getType().name())
                .param("severity", f.getSeverity().name()).param("title", f.getTitle()).param("description", f.getDescription())
                .param("unit", f.getUnitId()).param("reporter", n.reporterPersonId()).param("reporterName", n.reporterName())
                .param("material", material(f) ? f.getMaterialName() : null)
                .param("materialVersion", material(f) ? f.getMaterialVersion() : null)
                .param("hours", n.slaHours()).param("createdBy", n.createdBy() == 0 ? null : n.createdBy())
                .param("source", sourceKey)
                .query(Long.class).optional();
    }

    private static boolean material(ProblemForm f) {
        return f.getType() == ProblemType.TRAINING_MATERIAL;
    }

    int triage(long organizationId, long id, TriageForm f, int slaHours) {
        return jdbc.sql("""
                update problem set type = :type, severity = :severity, title = :title, description = :description,
                       unit_id = :unit, program_id = :program, owner_person_id = :owner, material_name = :material,
                       material_version = :materialVersion, finding_id = :finding, task_id = :task, sla_hours = :hours,
                       sla_due_at = created_at + make_interval(hours => :hours) + make_interval(mins => paused_minutes),
                       version = version + 1, updated_at = now()
                where organization_id = :org and id = :id and version = :version""")
                .param("type", f.getType().name()).param("severity", f.getSeverity().name()).param("title", f.getTitle())
                .param("description", f.getDescription()).param("unit", f.getUnitId()).param("program", f.getProgramId())
                .param("owner", f.getOwnerPersonId())
                .param("material", material(f) ? f.getMaterialName() : null)
                .param("materialVersion", material(f) ? f.getMaterialVersion() : null)
                .param("finding", f.getFindingId()).param("task", f.getTaskId()).param("hours", slaHours)
                .param("org", organizationId).param("id", id).param("version", f.getVersion())
                .update();
    }

    /**
     * Moves the problem to a status, stopping the SLA clock when it waits for the reporter and adding
     * the waited minutes to the due time when it starts again. Zero rows: someone changed it first.
     */
    int move(long organizationId, long id, int version, ProblemStatus to, String resolution) {
        boolean pause = to == ProblemStatus.WAITING_FOR_REPORTER;
        int n = jdbc.sql("""
                update problem set status = :to,
                       paused_minutes = paused_minutes + case when paused_at is not null and not :pause
                            then ceil(extract(epoch from now() - paused_at) / 60)::int else 0 end,
                       paused_at = case when :pause then coalesce(paused_at, now()) else null end,
                       resolution = case when :to in ('RESOLVED', 'CLOSED') then coalesce(:resolution, resolution)
                                         when :to = 'IN_PROGRESS' then null else resolution end,
                       resolved_at = case when :to = 'RESOLVED' then now() when :to = 'CLOSED' then coalesce(resolved_at, now())
                                          when :to = 'DUPLICATE' then resolved_at else null end,
                       closed_at = case when :to in ('CLOSED', 'DUPLICATE') then now() else null end,
                       version = version + 1, updated_at = now()
                where organization_id = :org and id = :id and version = :version""")
                .param("to", to.name()).param("pause", pause).param("resolution", resolution)
                .param("org", organizationId).param("id", id).param("version", version)
                .update();
        if (n > 0 && !pause) {
            jdbc.sql("update problem set sla_due_at = " + DUE + " where organization_id = ? and id = ?")
                    .params(organizationId, id).update();
        }
        return n;
    }

    int markDuplicate(long organizationId, long id, long intoId, int version) {
        int n = move(organizationId, id, version, ProblemStatus.DUPLICATE, null);
        if (n > 0) {
            jdbc.sql("update problem set duplicate_of_id = ? where organization_id = ? and id = ?")
                    .params(intoId, organizationId, id).update();
            jdbc.sql("update problem set duplicate_of_id = ? where organization_id = ? and duplicate_of_id = ?")
                    .params(intoId, organizationId, id).update();
        }
        return n;
    }

    /** The problems merged into this one, to be resolved with it. */
    List<Long> duplicatesOf(long organizationId, long id) {
        return jdbc.sql("select id from problem where organization_id = ? and duplicate_of_id = ? order by id")
                .params(organizationId, id).query(Long.class).list();
    }

    /** Resolves the merged duplicates together with the problem they were merged into. */
    void resolveDuplicates(long organizationId, long id, String resolution) {
        jdbc.sql("""
                update problem set resolution = ?, resolved_at = coalesce(resolved_at, now()), updated_at = now(),
                       version = version + 1
                where organization_id = ? and duplicate_of_id = ?""")
                .params(resolution, organizationId, id).update();
    }

    void setRevisionTask(long organizationId, long id, long taskId) {
        jdbc.sql("update problem set revision_task_id = ?, version = version + 1 where organization_id = ? and id = ?")
                .params(taskId, organizationId, id).update();
    }

    void setFaq(long organizationId, long id, Long faqId) {
        jdbc.sql("update problem set faq_id = ?, version = version + 1, updated_at = now() where organization_id = ? and id = ?")
                .params(faqId, organizationId, id).update();
    }

    /** The active program whose scope covers the unit (the most recently started wins), for a report without one. */
    Optional<Long> programCovering(long organizationId, long unitId) {
        return jdbc.sql("""
                select pg.id from program pg
                join program_unit pu on pu.program_id = pg.id
                join unit scope on scope.id = pu.unit_id
                join unit mine on mine.id = :unit and mine.organization_id = :org
                where pg.organization_id = :org and pg.status <> 'CLOSED' and mine.path like scope.path || '%'
                order by pg.start_date desc, pg.id desc limit 1""")
                .param("org", organizationId).param("unit", unitId).query(Long.class).optional();
    }

    boolean unitExists(long organizationId, long unitId) {
        return jdbc.sql("select exists (select 1 from unit where organization_id = ? and id = ?)")
                .params(organizationId, unitId).query(Boolean.class).single();
    }

    boolean personExists(long organizationId, long personId) {
        return jdbc.sql("select exists (select 1 from person where organization_id = ? and id = ? and employment_status <> 'LEFT')")
                .params(organizationId, personId).query(Boolean.class).single();
    }

    Optional<String> unitPath(long organizationId, long unitId) {
        return jdbc.sql("select path from unit where organization_id = ? and id = ?").params(organizationId, unitId)
                .query(String.class).optional();
    }

    Optional<Long> unitOfPerson(long organizationId, long personId) {
        return jdbc.sql("select unit_id from person where organization_id = ? and id = ?").params(organizationId, personId)
                .query((rs, n) -> rs.getObject(1, Long.class)).optional().filter(java.util.Objects::nonNull);
    }

    void addNote(long organizationId, long problemId, String kind, String body, Long authorPersonId, String authorName) {
        jdbc.sql("""
                insert into problem_note (organization_id, problem_id, kind, body, author_person_id, author_name)
                values (?, ?, ?, ?, ?, ?)""")
                .params(organizationId, problemId, kind, body, authorPersonId, authorName).update();
    }

    List<ProblemNote> notes(long organizationId, long problemId) {
        return jdbc.sql("""
                select id, kind, body, author_name, created_at from problem_note
                where organization_id = ? and problem_id = ? order by id limit 500""")
                .params(organizationId, problemId).query(ProblemNote.class).list();
    }

    void addAttachment(long organizationId, long problemId, long fileId, String name, String contentType, long size,
                       String authorName) {
        jdbc.sql("""
                insert into problem_attachment (organization_id, problem_id, file_id, name, content_type, size_bytes, author_name)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(organizationId, problemId, fileId, name, contentType, size, authorName).update();
    }

    List<ProblemAttachment> attachments(long organizationId, long problemId) {
        return jdbc.sql("""
                select id, file_id, name, content_type, size_bytes, author_name, created_at from problem_attachment
                where organization_id = ? and problem_id = ? order by id limit 100""")
                .params(organizationId, problemId).query(ProblemAttachment.class).list();
    }

    int attachmentCount(long organizationId, long problemId) {
        return jdbc.sql("select count(*) from problem_attachment where organization_id = ? and problem_id = ?")
                .params(organizationId, problemId).query(Integer.class).single();
    }

    Optional<ProblemAttachment> attachment(long organizationId, long problemId, long attachmentId) {
        return jdbc.sql("""
                select id, file_id, name, content_type, size_bytes, author_name, created_at from problem_attachment
                where organization_id = ? and problem_id = ? and id = ?""")
                .params(organizationId, problemId, attachmentId).query(ProblemAttachment.class).optional();
    }

    /** Problems the person reported or owns, newest first, for their home page. */
    List<ProblemRow> ofPerson(long organizationId, long personId, int limit) {
        return jdbc.sql(ProblemListRepository.ROW + """
                 where p.organization_id = ? and (p.reporter_person_id = ? or p.owner_person_id = ?)
                   and p.status <> 'DUPLICATE'
                 order by p.id desc limit ?""")
                .params(organizationId, personId, personId, limit).query(ProblemRow.class).list();
    }

    Instant now() {
        return jdbc.sql("select now()").query(Instant.class).single();
    }
}
