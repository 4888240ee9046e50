package org.uptake.report.wheel;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.Program;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramRole;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramStatus;
import org.uptake.program.plan.Task;
import org.uptake.program.plan.TaskForm;
import org.uptake.program.plan.TaskService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;

/**
 * The annual wheel: recurring follow-up activities after the handover (month, kind, owner). It creates the
 * plan task of each activity for its next month within the coming year, once per activity and month, so
 * running it again adds nothing twice. The program's editors and, in operation, the line owner keep it.
 */
@Service
public class WheelService {

    public static final String ENTITY = "programWheel";
    public static final String SOURCE = "report.wheel";

    private final ProgramService programs;
    private final TaskService tasks;
    private final WheelRepository wheel;
    private final AuditLog audit;
    private final MessageSource messages;

    WheelService(ProgramService programs, TaskService tasks, WheelRepository wheel, AuditLog audit, MessageSource messages) {
        this.programs = programs;
        this.tasks = tasks;
        this.wheel = wheel;
        this.audit = audit;
        this.messages = messages;
    }

    public boolean edits(Actor actor, long programId) {
        return edits(programs.access(actor, programId));
    }

    private static boolean edits(ProgramAccess a) {
        ProgramStatus s = a.program().status();
        return (a.edits() && s != ProgramStatus.CLOSED) || (a.has(ProgramRole.LINE_OWNER) && s == ProgramStatus.IN_OPERATION);
    }

    public List<WheelActivity> list(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        return wheel.list(actor.organizationId(), programId);
    }

    /** The months for which each activity already has its plan task. */
    public Map<Long, List<YearMonth>> scheduled(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        return wheel.scheduled(actor.organizationId(), programId);
    }

    @Transactional
    public WheelActivity add(Actor actor, long programId, WheelForm form) {
        requireEditor(actor, programId);
        List<Violation> problems = new ArrayList<>();
        if (form.getMonth() == null || form.getMonth() < 1 || form.getMonth() > 12) {
            problems.add(Violation.of("month", "wheel.error.month"));
        }
        if (form.getKind() == null) {
            problems.add(Violation.of("kind", "wheel.error.kind"));
        }
        if (form.getTitle() == null || form.getTitle().length() > 200) {
            problems.add(Violation.of("title", "wheel.error.title"));
        }
        if (form.getOwnerPersonId() == null || !wheel.personExists(actor.organizationId(), form.getOwnerPersonId())) {
            problems.add(Violation.of("ownerPersonId", "wheel.error.owner"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = wheel.insert(actor.organizationId(), programId, form);
        WheelActivity created = wheel.find(actor.organizationId(), programId, id).orElseThrow();
        audit.action(actor, ENTITY, programId, "activity-added", Map.of("activity", id, "month", created.month(),
                "kind", created.kind().name(), "title", created.title(), "owner", created.ownerName()));
        return created;
    }

    @Transactional
    public void delete(Actor actor, long programId, long id, int version) {
        requireEditor(actor, programId);
        WheelActivity before = wheel.find(actor.organizationId(), programId, id)
                .orElseThrow(() -> new NotFoundException("wheelActivity", id));
        if (wheel.delete(actor.organizationId(), programId, id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.action(actor, ENTITY, programId, "activity-removed", Map.of("activity", id, "title", before.title()));
    }

    /**
     * Creates each activity's plan task for its next month from {@code today} on (this month included), due at
     * the month's end, owned by the activity's owner. Only a program in operation has a wheel that turns.
     */
    @Transactional
    public int createTasks(Actor actor, long programId, LocalDate today) {
        Program program = requireEditor(actor, programId);
        if (program.status() != ProgramStatus.IN_OPERATION) {
            throw new InvalidInputException(null, "wheel.error.notInOperation");
        }
        Actor planner = Actor.system(actor.organizationId());
        Locale locale = Locale.forLanguageTag(program.language());
        int created = 0;
        for (WheelActivity a : wheel.lockAll(actor.organizationId(), programId)) {
            YearMonth month = YearMonth.of(a.month() < today.getMonthValue() ? today.getYear() + 1 : today.getYear(), a.month());
            LocalDate occursOn = month.atDay(1);
            if (wheel.hasTask(a.id(), occursOn)) {
                continue;
            }
            Task task = tasks.create(planner, programId, taskForm(program, a, month, locale));
            wheel.recordTask(actor.organizationId(), a.id(), occursOn, task.id());
            created++;
        }
        audit.action(actor, ENTITY, programId, "tasks-created", Map.of("count", created, "from", today.toString()));
        return created;
    }

    private TaskForm taskForm(Program program, WheelActivity a, YearMonth month, Locale locale) {
        var f = new TaskForm();
        f.setTitle(a.title());
        f.setDescription(messages.getMessage("wheel.kind." + a.kind().name(), null, locale));
        f.setOwnerPersonId(a.ownerPersonId());
        LocalDate start = month.atDay(1);
        f.setPlannedStart(start.isBefore(program.startDate()) ? program.startDate() : start);
        f.setDueDate(month.atEndOfMonth());
        f.setCompletionCriterion(messages.getMessage("wheel.task.criterion", null, locale));
        f.setSourceModule(SOURCE);
        f.setSourceRef("wheel:" + a.id() + ":" + month);
        f.setSourceUrl("/programs/" + program.id() + "/wheel");
        return f;
    }

    private Program requireEditor(Actor actor, long programId) {
        ProgramAccess access = programs.requireReader(actor, programId);
        if (!edits(access)) {
            if (access.program().status() == ProgramStatus.CLOSED && access.edits()) {
                throw new InvalidInputException(null, "program.error.closed");
            }
            throw new ForbiddenException("edit annual wheel");
        }
        return access.program();
    }
}
