package org.uptake.program.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.Program;
import org.uptake.program.ProgramService;
import org.uptake.program.calendar.CalendarService;
import org.uptake.program.calendar.WorkingCalendar;
import org.uptake.program.playbook.OrderStrength;
import org.uptake.program.playbook.PlaybookDefinition;
import org.uptake.program.playbook.PlaybookDefinition.StepDefinition;
import org.uptake.program.playbook.PlaybookOrder;
import org.uptake.program.playbook.PlaybookService;
import org.uptake.program.playbook.RepeatScope;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;

/**
 * The playbook's per-wave and per-unit steps (training T−14, access T−7, hypercare from T), made into
 * tasks when the rollout capability plans a wave or a unit, dated by their offset from the go-live
 * date, and moved when that date moves. Calls are idempotent: asking again for the same wave or unit
 * moves the tasks already there instead of adding new ones.
 */
@Service
public class WaveSteps {

    private final ProgramService programs;
    private final PlaybookService playbooks;
    private final CalendarService calendars;
    private final TaskRepository tasks;
    private final DependencyRepository dependencies;
    private final PlanBuilder builder;
    private final OwnerResolver owners;
    private final Rescheduler rescheduler;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    WaveSteps(ProgramService programs, PlaybookService playbooks, CalendarService calendars, TaskRepository tasks,
              DependencyRepository dependencies, PlanBuilder builder, OwnerResolver owners, Rescheduler rescheduler,
              JdbcClient jdbc, AuditLog audit) {
        this.programs = programs;
        this.playbooks = playbooks;
        this.calendars = calendars;
        this.tasks = tasks;
        this.dependencies = dependencies;
        this.builder = builder;
        this.owners = owners;
        this.rescheduler = rescheduler;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Creates (or moves) the per-wave tasks of wave {@code waveId} going live on {@code goLive}. Position
     * placeholders resolve among the wave's units ({@code unitIds}); returns the tasks of the wave.
     */
    @Transactional
    public List<Long> materialiseWave(Actor actor, long programId, long waveId, List<Long> unitIds, LocalDate goLive) {
        return materialise(actor, programId, waveId, null, unitIds, goLive, RepeatScope.PER_WAVE);
    }

    /** Creates (or moves) the per-unit tasks of unit {@code unitId} in wave {@code waveId} going live on {@code goLive}. */
    @Transactional
    public List<Long> materialiseUnit(Actor actor, long programId, long waveId, long unitId, LocalDate goLive) {
        return materialise(actor, programId, waveId, unitId, List.of(unitId), goLive, RepeatScope.PER_UNIT);
    }

    /** The wave's go-live moved: every open task of the wave (its units' too) moves by its offset. */
    @Transactional
    public int moveWave(Actor actor, long programId, long waveId, LocalDate goLive) {
        return move(actor, programId, "wave_id = ?", List.of(programId, waveId), goLive);
    }

    /** One unit's go-live moved: only that unit's tasks move. */
    @Transactional
    public int moveUnit(Actor actor, long programId, long waveId, long unitId, LocalDate goLive) {
        return move(actor, programId, "wave_id = ? and unit_id = ?", List.of(programId, waveId, unitId), goLive);
    }

    /** The wave was dropped: its open tasks are cancelled with the reason. */
    @Transactional
    public int cancelWave(Actor actor, long programId, long waveId, String reason) {
        Program program = programs.requireEditor(actor, programId).program();
        int n = jdbc.sql("""
                update program_task set status = 'CANCELLED', cancel_reason = ?, version = version + 1, updated_at = now()
                where program_id = ? and wave_id = ? and status in ('NOT_STARTED', 'IN_PROGRESS')""")
                .params(reason, programId, waveId).update();
        rescheduler.reschedule(actor.organizationId(), programId, program.startDate());
        audit.action(actor, ProgramService.ENTITY, programId, "waveTasksCancelled", Map.of("wave", waveId, "tasks", n));
        return n;
    }

    /** One unit left the wave (moved to another or removed): its open tasks of that wave are cancelled with the reason. */
    @Transactional
    public int cancelUnit(Actor actor, long programId, long waveId, long unitId, String reason) {
        Program program = programs.requireEditor(actor, programId).program();
        int n = jdbc.sql("""
                update program_task set status = 'CANCELLED', cancel_reason = ?, version = version + 1, updated_at = now()
                where program_id = ? and wave_id = ? and unit_id = ? and status in ('NOT_STARTED', 'IN_PROGRESS')""")
                .params(reason, programId, waveId, unitId).update();
        if (n > 0) {
            rescheduler.reschedule(actor.organizationId(), programId, program.startDate());
            audit.action(actor, ProgramService.ENTITY, programId, "unitTasksCancelled",
                    Map.of("wave", waveId, "unit", unitId, "tasks", n));
        }
        return n;
    }

    private List<Long> materialise(Actor actor, long programId, long waveId, Long unitId, List<Long> unitIds, LocalDate goLive,
                                   RepeatScope scope) {
        Program program = programs.requireEditor(actor, programId).program();
        if (program.playbookVersionId() == null) {
            return List.of();
        }
        PlaybookDefinition definition = playbooks.versionById(actor, program.playbookVersionId()).definition();
        WorkingCalendar calendar = calendars.calendarOf(actor.organizationId());
        Map<String, Long> existing = existing(programId, waveId, unitId);
        boolean hadTasks = !existing.isEmpty();
        List<StepDefinition> steps = definition.allSteps().stream().filter(s -> s.repeatScope() == scope)
                .filter(s -> !existing.containsKey(s.key())).toList();
        if (!steps.isEmpty()) {
            insert(actor, program, definition, steps, waveId, unitId, unitIds, goLive, calendar, existing);
        }
        if (hadTasks) {
            move(actor, programId, unitId == null ? "wave_id = ? and unit_id is null" : "wave_id = ? and unit_id = ?",
                    unitId == null ? List.of(programId, waveId) : List.of(programId, waveId, unitId), goLive);
        } else {
            rescheduler.reschedule(actor.organizationId(), programId, program.startDate());
        }
        return List.copyOf(existing(programId, waveId, unitId).values());
    }

    private void insert(Actor actor, Program program, PlaybookDefinition definition, List<StepDefinition> steps, long waveId,
                        Long unitId, List<Long> unitIds, LocalDate goLive, WorkingCalendar calendar, Map<String, Long> keys) {
        long org = actor.organizationId();
        Map<String, Long> phaseIds = new HashMap<>();
        jdbc.sql("select source_key, id from program_phase where program_id = ?").param(program.id())
                .query((rs, n) -> Map.entry(rs.getString(1) == null ? "" : rs.getString(1), rs.getLong(2)))
                .list().forEach(e -> phaseIds.put(e.getKey(), e.getValue()));
        List<String> paths = jdbc.sql("select path from unit where organization_id = ? and id = any (?)")
                .params(org, unitIds.toArray(Long[]::new)).query(String.class).list();
        var context = new OwnerResolver.Context(builder.context(program).team(), paths.isEmpty() ? builder.context(program).scopePaths() : paths);
        List<Long> ids = tasks.reserveIds(steps.size());
        List<NewTaskRow> rows = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            StepDefinition s = steps.get(i);
            keys.put(s.key(), ids.get(i));
            LocalDate start = anchored(calendar, goLive, s.offsetDays());
            LocalDate finish = s.duration() <= 1 ? start : calendar.finishOf(start, s.duration());
            Long phaseId = phaseIds.get(definition.stageOf(s.key()).orElseThrow().key());
            rows.add(PlanBuilder.row(ids.get(i), phaseId, 1000 + i, s, program.language(),
                    owners.resolve(org, context, s.role(), s.position()), start, finish, waveId, unitId, start, goLive));
        }
        tasks.insertAll(org, program.id(), rows);
        Map<String, Long> once = onceTasks(program.id());
        Map<String, Long> wave = unitId == null ? keys : existing(program.id(), waveId, null);
        List<long[]> pairs = new ArrayList<>();
        List<OrderStrength> strengths = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (PlaybookOrder.StepEdge e : PlaybookOrder.of(definition).stepEdges()) {
            Long after = keys.get(e.after());
            Long before = keys.containsKey(e.before()) ? keys.get(e.before())
                    : wave.containsKey(e.before()) ? wave.get(e.before()) : once.get(e.before());
            if (after != null && before != null && ids.contains(after)) {
                pairs.add(new long[]{before, after});
                strengths.add(e.strength());
                reasons.add(PlanBuilder.text(e.reason(), program.language()));
            }
        }
        dependencies.insertAll(org, program.id(), pairs, strengths, reasons, "PLAYBOOK");
        audit.action(actor, ProgramService.ENTITY, program.id(), "waveTasksCreated",
                Map.of("wave", waveId, "unit", unitId == null ? "" : unitId, "tasks", rows.size(), "goLive", goLive.toString()));
    }

    /** The go-live date plus the offset, on a working day: earlier for steps before go-live, later for steps after. */
    static LocalDate anchored(WorkingCalendar calendar, LocalDate goLive, Integer offsetDays) {
        int offset = offsetDays == null ? 0 : offsetDays;
        LocalDate day = goLive.plusDays(offset);
        return offset < 0 ? calendar.onOrBefore(day) : calendar.onOrAfter(day);
    }

    private int move(Actor actor, long programId, String condition, List<Object> params, LocalDate goLive) {
        Program program = programs.requireEditor(actor, programId).program();
        WorkingCalendar calendar = calendars.calendarOf(actor.organizationId());
        record Row(long id, Integer offset) {
        }
        List<Row> rows = jdbc.sql("select id, offset_days from program_task where program_id = ? and " + condition
                        + " and status = 'NOT_STARTED'").params(params).query((rs, n) -> new Row(rs.getLong(1), rs.getObject(2, Integer.class)))
                .list();
        for (Row r : rows) {
            LocalDate start = anchored(calendar, goLive, r.offset());
            jdbc.sql("update program_task set anchor_date = ?, constraint_start = ?, version = version + 1, updated_at = now() where id = ?")
                    .params(goLive, start, r.id()).update();
        }
        rescheduler.reschedule(actor.organizationId(), programId, program.startDate());
        if (!rows.isEmpty()) {
            audit.action(actor, ProgramService.ENTITY, programId, "waveTasksMoved", Map.of("goLive", goLive.toString(), "tasks", rows.size()));
        }
        return rows.size();
    }

    private Map<String, Long> existing(long programId, long waveId, Long unitId) {
        Map<String, Long> map = new HashMap<>();
        jdbc.sql("select source_key, id from program_task where program_id = ? and wave_id = ? and unit_id is not distinct from ?")
                .params(programId, waveId, unitId).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list().forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }

    private Map<String, Long> onceTasks(long programId) {
        Map<String, Long> map = new HashMap<>();
        jdbc.sql("select source_key, id from program_task where program_id = ? and repeat_scope = 'ONCE' and source_key is not null")
                .param(programId).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list().forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }
}
