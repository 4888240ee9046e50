package org.uptake.program.plan;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.program.Program;
import org.uptake.program.ProgramTeamService;
import org.uptake.program.calendar.CalendarService;
import org.uptake.program.calendar.WorkingCalendar;
import org.uptake.shared.Actor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.Violation;

/**
 * The checks on a task's dates, owner, phase and evidence, and what its planned dates become. Dates
 * are refused when a task would end before it starts, start before the program or its predecessors,
 * or be due before it starts — with every reason at once and nothing stored.
 */
@Component
class TaskDates {

    private final CalendarService calendars;
    private final ProgramTeamService team;
    private final JdbcClient jdbc;

    TaskDates(CalendarService calendars, ProgramTeamService team, JdbcClient jdbc) {
        this.calendars = calendars;
        this.team = team;
        this.jdbc = jdbc;
    }

    /** Planned start and finish, duration in working days, and the "not before" date to store. */
    record Planned(LocalDate start, LocalDate finish, int duration, LocalDate constraint) {
    }

    LocalDate today() {
        return LocalDate.now();
    }

    Planned forNew(Actor actor, Program program, TaskForm form) {
        WorkingCalendar calendar = calendars.calendarOf(program.organizationId());
        LocalDate wanted = form.getPlannedStart() != null ? form.getPlannedStart()
                : today().isAfter(program.startDate()) ? today() : program.startDate();
        return plan(actor, program, form, calendar, wanted, wanted, calendar.onOrAfter(program.startDate()));
    }

    Planned forEdit(Actor actor, Program program, Task before, TaskForm form) {
        WorkingCalendar calendar = calendars.calendarOf(program.organizationId());
        boolean moved = form.getPlannedStart() != null && !form.getPlannedStart().equals(before.plannedStart());
        LocalDate wanted = form.getPlannedStart() != null ? form.getPlannedStart() : before.plannedStart();
        LocalDate constraint = moved ? form.getPlannedStart() : before.constraintStart();
        if (moved && before.status() != TaskStatus.NOT_STARTED) {
            throw new InvalidInputException("plannedStart", "task.error.moveStarted");
        }
        LocalDate earliest = moved ? earliestFor(program, before.id()) : calendar.onOrAfter(program.startDate());
        return plan(actor, program, form, calendar, wanted, constraint, earliest);
    }

    private Planned plan(Actor actor, Program program, TaskForm form, WorkingCalendar calendar, LocalDate wanted,
                         LocalDate constraint, LocalDate earliest) {
        List<Violation> errors = new ArrayList<>();
        LocalDate start = calendar.onOrAfter(wanted);
        if (wanted.isBefore(program.startDate())) {
            errors.add(Violation.of("plannedStart", "task.error.beforeProgramStart", program.startDate().toString()));
        } else if (start.isBefore(earliest)) {
            errors.add(Violation.of("plannedStart", "task.error.beforePredecessors", earliest.toString()));
        }
        int duration = form.getDurationDays() == null ? 1 : form.getDurationDays();
        if (form.isMilestone()) {
            duration = 0;
        } else if (form.getPlannedFinish() != null) {
            if (form.getPlannedFinish().isBefore(wanted)) {
                errors.add(Violation.of("plannedFinish", "task.error.finishBeforeStart"));
            } else {
                duration = Math.max(1, calendar.workingDaysBetween(start, form.getPlannedFinish()));
            }
        }
        if (form.getDueDate() != null && form.getDueDate().isBefore(wanted)) {
            errors.add(Violation.of("dueDate", "task.error.dueBeforeStart"));
        }
        checkOwnerAndPhase(actor, program, form, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDate finish = duration == 0 ? start : calendar.finishOf(start, duration);
        return new Planned(start, finish, duration, constraint);
    }

    private void checkOwnerAndPhase(Actor actor, Program program, TaskForm form, List<Violation> errors) {
        if (form.getOwnerPersonId() != null) {
            try {
                team.checkPeople(actor, "ownerPersonId", Set.of(form.getOwnerPersonId()));
            } catch (InvalidInputException e) {
                errors.add(Violation.of("ownerPersonId", "task.error.ownerUnknown"));
            }
        }
        if (form.getPhaseId() != null && !jdbc.sql("select exists (select 1 from program_phase where id = ? and program_id = ?)")
                .params(form.getPhaseId(), program.id()).query(Boolean.class).single()) {
            errors.add(Violation.of("phaseId", "task.error.phaseUnknown"));
        }
        if (form.getSourceUrl() != null && !isWebLink(form.getSourceUrl()) && !form.getSourceUrl().startsWith("/")) {
            errors.add(Violation.of("sourceUrl", "task.error.link"));
        }
    }

    /** A move must keep the task inside the program and after its predecessors; returns the working day it lands on. */
    LocalDate checkStart(Rescheduler.Snapshot plan, Program program, long taskId, LocalDate start) {
        if (start == null) {
            throw new InvalidInputException("plannedStart", "NotNull");
        }
        if (start.isBefore(program.startDate())) {
            throw new InvalidInputException("plannedStart", "task.error.beforeProgramStart", program.startDate().toString());
        }
        LocalDate earliest = plan.earliestStart(taskId);
        LocalDate target = plan.calendar.onOrAfter(start);
        if (target.isBefore(earliest)) {
            throw new InvalidInputException("plannedStart", "task.error.beforePredecessors", earliest.toString());
        }
        return target;
    }

    private LocalDate earliestFor(Program program, long taskId) {
        return jdbc.sql("""
                select max(p.planned_finish) from program_task_dependency d join program_task p on p.id = d.predecessor_id
                where d.successor_id = ? and p.status <> 'CANCELLED'""").param(taskId).query(LocalDate.class).optional()
                .filter(Objects::nonNull)
                .map(f -> calendars.calendarOf(program.organizationId()).nextWorkingDay(f))
                .orElse(program.startDate());
    }

    void checkCompletion(Actor actor, Completion c) {
        List<Violation> errors = new ArrayList<>();
        if (!c.criterionConfirmed()) {
            errors.add(Violation.of("criterionConfirmed", "task.error.criterionNotConfirmed"));
        }
        if (!c.hasEvidence()) {
            errors.add(Violation.of("note", "task.error.evidenceMissing"));
        }
        if (c.note() != null && c.note().length() > 4000) {
            errors.add(Violation.of("note", "task.error.reasonTooLong", 4000));
        }
        if (c.link() != null && !c.link().isBlank() && !isWebLink(c.link())) {
            errors.add(Violation.of("link", "task.error.link"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    static boolean isWebLink(String link) {
        if (link.length() > 2000) {
            return false;
        }
        try {
            URI uri = URI.create(link.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    int nextPosition(long programId, Long phaseId) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from program_task where program_id = ? and phase_id is not distinct from ?")
                .params(programId, phaseId).query(Integer.class).single();
    }
}
