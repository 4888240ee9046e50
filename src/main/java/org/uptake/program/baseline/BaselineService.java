package org.uptake.program.baseline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.Program;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramStatus;
import org.uptake.program.calendar.CalendarService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

/**
 * Baselines of a program: saving a named snapshot of the plan (editors), and reading the plan against
 * one — variance per task and phase in working days, the burn-down, the dates for the Gantt's ghost bars.
 */
@Service
public class BaselineService {

    public static final String ENTITY = "baseline";

    private final ProgramService programs;
    private final BaselineRepository baselines;
    private final CalendarService calendars;
    private final AuditLog audit;

    BaselineService(ProgramService programs, BaselineRepository baselines, CalendarService calendars, AuditLog audit) {
        this.programs = programs;
        this.baselines = baselines;
        this.calendars = calendars;
        this.audit = audit;
    }

    public Slice<Baseline> list(Actor actor, long programId, PageRequest request) {
        programs.requireReader(actor, programId);
        Cursor after = request.cursor();
        return Slice.of(baselines.page(actor.organizationId(), programId, after == null ? Long.MAX_VALUE : after.id(),
                request.size() + 1), request.size(), b -> new Cursor("", b.id()));
    }

    public Baseline get(Actor actor, long programId, long id) {
        programs.requireReader(actor, programId);
        return find(actor, programId, id);
    }

    /** The newest baseline of the program, if it has one. */
    public java.util.Optional<Baseline> latest(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        return baselines.latest(actor.organizationId(), programId);
    }

    private Baseline find(Actor actor, long programId, long id) {
        return baselines.find(actor.organizationId(), programId, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** Saves the plan as it is now under a name no other baseline of the program has. */
    @Transactional
    public Baseline save(Actor actor, long programId, BaselineForm form) {
        editable(actor, programId);
        check(actor, programId, form, 0);
        long id = baselines.insert(actor.organizationId(), programId, form, actor.userId() == 0 ? null : actor.userId(),
                actor.displayName());
        Baseline saved = find(actor, programId, id);
        audit.action(actor, ENTITY, id, "saved", Map.of("name", saved.name(), "tasks", saved.taskCount()));
        audit.action(actor, ProgramService.ENTITY, programId, "baselineSaved", Map.of("name", saved.name()));
        return saved;
    }

    /** Renames a baseline or changes its note or gate; its dates never change. */
    @Transactional
    public Baseline rename(Actor actor, long programId, long id, BaselineForm form) {
        editable(actor, programId);
        Baseline before = find(actor, programId, id);
        check(actor, programId, form, id);
        if (baselines.rename(actor.organizationId(), id, form) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        Baseline after = find(actor, programId, id);
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public void delete(Actor actor, long programId, long id, int version) {
        editable(actor, programId);
        Baseline before = find(actor, programId, id);
        if (baselines.delete(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.deleted(actor, ENTITY, id, before);
    }

    /** The plan against the baseline: every phase, and the tasks of one phase (or the whole plan) — by default only those that moved. */
    public Variance variance(Actor actor, long programId, long baselineId, Long phaseId, boolean everyTask, int maxTasks) {
        programs.requireReader(actor, programId);
        Baseline baseline = find(actor, programId, baselineId);
        var rows = baselines.comparison(actor.organizationId(), programId, baselineId);
        return VarianceCalculation.of(baseline, rows, calendars.calendarOf(actor.organizationId()), phaseId, everyTask, maxTasks);
    }

    /** Remaining tasks over time against the chosen baseline (or the newest one; none: only the plan and the actual). */
    public BurnDown burnDown(Actor actor, long programId, Long baselineId) {
        Program program = programs.find(actor, programId);
        Baseline baseline = baselineId != null ? find(actor, programId, baselineId)
                : baselines.latest(actor.organizationId(), programId).orElse(null);
        List<LocalDate[]> plan = baselines.planFinishes(actor.organizationId(), programId);
        List<LocalDate> base = baseline == null ? null : baselines.baselineFinishes(baseline.id());
        return BurnDownCalculation.of(program.startDate(), LocalDate.now(), plan, base, baseline == null ? null : baseline.name());
    }

    /** Baseline dates by task id ([start, finish]) for drawing ghost bars. */
    public Map<Long, LocalDate[]> dates(Actor actor, long programId, long baselineId) {
        programs.requireReader(actor, programId);
        find(actor, programId, baselineId);
        var result = new java.util.HashMap<Long, LocalDate[]>();
        for (Object[] r : baselines.dates(baselineId)) {
            result.put((Long) r[0], new LocalDate[]{(LocalDate) r[1], (LocalDate) r[2]});
        }
        return result;
    }

    private void check(Actor actor, long programId, BaselineForm form, long exceptId) {
        if (form.name() == null || form.name().isBlank() || form.name().length() > 200) {
            throw new InvalidInputException("name", "baseline.error.name");
        }
        if (form.note() != null && form.note().length() > 2000) {
            throw new InvalidInputException("note", "baseline.error.note");
        }
        if (form.phaseId() != null && !baselines.phaseOf(actor.organizationId(), programId, form.phaseId())) {
            throw new InvalidInputException("phaseId", "baseline.error.phase");
        }
        if (baselines.nameTaken(programId, form.name(), exceptId)) {
            throw new InvalidInputException("name", "baseline.error.nameTaken", form.name());
        }
    }

    private void editable(Actor actor, long programId) {
        if (programs.requireEditor(actor, programId).program().status() == ProgramStatus.CLOSED) {
            throw new InvalidInputException(null, "program.error.closed");
        }
    }
}
