package org.uptake.program.plan;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.uptake.program.Program;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramStartMoved;
import org.uptake.shared.Actor;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

/** Reading plans: phases with figures, a phase's tasks, the whole plan's data, "my tasks" and overdue tasks. */
@Service
public class PlanService {

    /** A phase unfolds with up to this many tasks; larger phases page through the API. */
    static final int PHASE_LIMIT = 1000;

    private final ProgramService programs;
    private final PhaseRepository phases;
    private final TaskRepository tasks;
    private final Rescheduler rescheduler;
    private final JdbcClient jdbc;

    PlanService(ProgramService programs, PhaseRepository phases, TaskRepository tasks, Rescheduler rescheduler, JdbcClient jdbc) {
        this.programs = programs;
        this.phases = phases;
        this.tasks = tasks;
        this.rescheduler = rescheduler;
        this.jdbc = jdbc;
    }

    public List<PhaseSummary> phases(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        return phases.summaries(actor.organizationId(), programId);
    }

    public PhaseSummary phase(Actor actor, long programId, long phaseId) {
        programs.requireReader(actor, programId);
        return phases.summaries(actor.organizationId(), programId, phaseId).stream().findFirst()
                .orElseThrow(() -> new org.uptake.shared.error.NotFoundException(PhaseService.ENTITY, phaseId));
    }

    /** The tasks of one phase ({@code null}: tasks outside any phase), in plan order. */
    public List<TaskRow> tasksOf(Actor actor, long programId, Long phaseId) {
        programs.requireReader(actor, programId);
        return tasks.ofPhase(actor.organizationId(), programId, phaseId, PHASE_LIMIT);
    }

    /** Tasks of the program whose title contains the text (the predecessor picker). */
    public List<TaskRow> search(Actor actor, long programId, PageRequest request) {
        programs.requireReader(actor, programId);
        String pattern = request.likePattern() == null ? "%" : request.likePattern();
        return jdbc.sql("select " + TaskRepository.ROW_COLUMNS + TaskRepository.ROW_FROM
                        + " where t.organization_id = ? and t.program_id = ? and t.title ilike ? order by t.planned_start, t.id limit ?")
                .params(actor.organizationId(), programId, pattern, request.size()).query(TaskRepository::mapRow).list();
    }

    public List<TaskRow> rows(Actor actor, long programId, List<Long> ids) {
        programs.requireReader(actor, programId);
        return tasks.rows(actor.organizationId(), ids).stream().filter(r -> r.programId() == programId).toList();
    }

    public PlanData data(Actor actor, long programId) {
        Program program = programs.find(actor, programId);
        var phaseList = phases.ofProgram(actor.organizationId(), programId).stream()
                .map(p -> new PlanData.PlanPhase(p.id(), p.name(), p.status().name())).toList();
        var taskList = jdbc.sql("""
                select t.id, t.phase_id, t.title, t.planned_start, t.planned_finish, t.duration_days, t.due_date, t.status,
                       o.full_name, t.milestone
                from program_task t left join person o on o.id = t.owner_person_id
                where t.organization_id = ? and t.program_id = ? order by t.phase_id nulls last, t.position, t.id""")
                .params(actor.organizationId(), programId)
                .query((rs, n) -> new PlanData.PlanTask(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getInt(6),
                        rs.getObject(7, LocalDate.class), rs.getString(8), rs.getString(9), rs.getBoolean(10)))
                .list();
        var edges = jdbc.sql("select predecessor_id, successor_id from program_task_dependency where program_id = ? order by id")
                .param(programId).query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2)}).list();
        return new PlanData(programId, program.startDate(), phaseList, taskList, edges);
    }

    /** The open tasks the actor owns, soonest deadline first. */
    public Slice<TaskRow> mine(Actor actor, PageRequest request) {
        if (actor.personId() == null) {
            return new Slice<>(List.of(), null);
        }
        return page(actor, "t.owner_person_id = :person", null, request);
    }

    /**
     * Open tasks past their deadline that the actor may see: all of the organisation for its whole-organisation
     * readers; otherwise their own and those of the programs they are in the team of.
     */
    public Slice<TaskRow> overdue(Actor actor, Long programId, PageRequest request) {
        String scope = actor.readsWholeOrganization() ? "true"
                : "(t.owner_person_id = :person or exists (select 1 from program_member m where m.program_id = t.program_id and m.person_id = :person))";
        if (programId != null) {
            programs.requireReader(actor, programId);
        }
        return page(actor, scope + " and coalesce(t.due_date, t.planned_finish) < current_date", programId, request);
    }

    /** The actor's open tasks due within the days (the home panel). */
    public List<TaskRow> dueSoon(Actor actor, int days) {
        if (actor.personId() == null) {
            return List.of();
        }
        return page(actor, "t.owner_person_id = :person and coalesce(t.due_date, t.planned_finish) <= current_date + " + days,
                null, PageRequest.first(10)).items();
    }

    private Slice<TaskRow> page(Actor actor, String condition, Long programId, PageRequest request) {
        Cursor after = request.cursor();
        LocalDate afterDate = after == null ? null : dateOrNull(after.key());
        if (afterDate == null) {
            after = null;
        }
        StringBuilder sql = new StringBuilder("select " + TaskRepository.ROW_COLUMNS + TaskRepository.ROW_FROM
                + " where t.organization_id = :org and t.status in ('NOT_STARTED', 'IN_PROGRESS') and ").append(condition);
        if (programId != null) {
            sql.append(" and t.program_id = :program");
        }
        if (after != null) {
            sql.append(" and (coalesce(t.due_date, t.planned_finish), t.id) > (:afterKey, :afterId)");
        }
        sql.append(" order by coalesce(t.due_date, t.planned_finish), t.id limit :limit");
        var spec = jdbc.sql(sql.toString()).param("org", actor.organizationId()).param("limit", request.size() + 1);
        if (sql.indexOf(":person") >= 0) {
            spec = spec.param("person", actor.personId() == null ? -1L : actor.personId());
        }
        if (programId != null) {
            spec = spec.param("program", programId);
        }
        if (after != null) {
            spec = spec.param("afterKey", afterDate).param("afterId", after.id());
        }
        return Slice.of(spec.query(TaskRepository::mapRow).list(), request.size(),
                r -> new Cursor(r.deadline().toString(), r.id()));
    }

    /** A cursor's date, or null when someone tampered with it (the list then starts from the top). */
    private static LocalDate dateOrNull(String key) {
        try {
            return LocalDate.parse(key);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Whether the actor may see the program's plan (members and whole-organisation readers). */
    public boolean reads(ProgramAccess access) {
        return access.reads();
    }

    /** Reschedules the whole plan (after data was loaded in bulk, e.g. the demo); returns how many tasks moved. */
    @org.springframework.transaction.annotation.Transactional
    public int reschedule(Actor actor, long programId) {
        Program program = programs.requireEditor(actor, programId).program();
        return rescheduler.reschedule(actor.organizationId(), programId, program.startDate()).size();
    }

    /** A program's start moved: its plan moves with it, in the same transaction. */
    @EventListener
    void startMoved(ProgramStartMoved event) {
        rescheduler.reschedule(event.actor().organizationId(), event.programId(), event.to());
    }
}
