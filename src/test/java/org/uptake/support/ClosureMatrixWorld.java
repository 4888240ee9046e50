package org.uptake.support;

import java.time.LocalDate;
import org.uptake.program.ProgramTeamService;
import org.uptake.report.backlog.BacklogForm;
import org.uptake.report.backlog.BacklogPriority;
import org.uptake.report.backlog.BacklogService;
import org.uptake.report.closure.EvaluationService;
import org.uptake.report.lessons.LessonForm;
import org.uptake.report.lessons.LessonKind;
import org.uptake.report.lessons.LessonService;
import org.uptake.report.wheel.WheelForm;
import org.uptake.report.wheel.WheelKind;
import org.uptake.report.wheel.WheelService;
import org.uptake.shared.Actor;

/**
 * Closure records of a matrix world's program, made by its coordinator: fresh ones for every request, so
 * destructive calls never disturb the next. The matrix never completes the evaluation, so the final report
 * and the handover stay drafts and every editing endpoint stays open.
 */
public final class ClosureMatrixWorld {

    private final Fixtures fixtures;
    private final Actor coordinator;
    private final long program;

    public ClosureMatrixWorld(Fixtures fixtures, Actor coordinator, long program) {
        this.fixtures = fixtures;
        this.coordinator = coordinator;
        this.program = program;
    }

    public long program() {
        return program;
    }

    public long goal() {
        return fixtures.bean(ProgramTeamService.class).addGoal(coordinator, program, "Matrix closure goal " + Fixtures.next(), null).id();
    }

    public long interview() {
        return fixtures.bean(EvaluationService.class).addInterview(coordinator, program,
                ClosureFixtures.interview(coordinator.personId())).id();
    }

    public long lesson() {
        return fixtures.bean(LessonService.class).add(coordinator, program, LessonForm.of(LessonKind.KEEP, "Matrix lesson", "Advice")).id();
    }

    public long backlogItem() {
        var f = new BacklogForm();
        f.setTitle("Matrix item " + Fixtures.next());
        f.setPriority(BacklogPriority.LOW);
        return fixtures.bean(BacklogService.class).create(coordinator, program, f).id();
    }

    public long activity() {
        var f = new WheelForm();
        f.setMonth(LocalDate.now().getMonthValue());
        f.setKind(WheelKind.DEVELOPMENT);
        f.setTitle("Matrix activity");
        f.setOwnerPersonId(coordinator.personId());
        return fixtures.bean(WheelService.class).add(coordinator, program, f).id();
    }
}
