package org.uptake.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.uptake.program.ProgramRole;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramStatus;
import org.uptake.program.ProgramTeamService;
import org.uptake.program.plan.NewTask;
import org.uptake.program.plan.TaskService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;

/**
 * Compares one period's actual with its plan after every change of its figures (seed 002:784): a small
 * gap becomes an optimisation item, a large one also a "correct the strategy" task for the program's
 * coordinator; back within the small threshold, the open item is resolved. Runs in the caller's transaction.
 */
@Component
class GapCheck {

    static final int TASK_DUE_DAYS = 10;

    private final GapRepository gaps;
    private final TaskService tasks;
    private final ProgramService programs;
    private final ProgramTeamService team;
    private final MessageSource messages;
    private final AuditLog audit;

    GapCheck(GapRepository gaps, TaskService tasks, ProgramService programs, ProgramTeamService team, MessageSource messages,
             AuditLog audit) {
        this.gaps = gaps;
        this.tasks = tasks;
        this.programs = programs;
        this.team = team;
        this.messages = messages;
        this.audit = audit;
    }

    void check(Actor actor, Kpi kpi, PeriodValue value) {
        var existing = gaps.find(actor.organizationId(), kpi.id(), value.periodStart());
        GapLevel level = value.level();
        if (level == null || level == GapLevel.ON_PLAN) {
            existing.filter(Gap::open).ifPresent(g -> {
                gaps.resolve(actor.organizationId(), g.id(), g.version(), actor.displayName(), "back on plan");
                audit.action(actor, KpiService.ENTITY, kpi.id(), "gapClosed", Map.of("period", value.periodStart().toString()));
            });
            return;
        }
        long gapId;
        if (existing.isEmpty()) {
            gapId = gaps.insert(actor.organizationId(), kpi.programId(), kpi.id(), value);
            audit.action(actor, KpiService.ENTITY, kpi.id(), "gap", Map.of("period", value.periodStart().toString(),
                    "level", level.name(), "gapPct", value.shortfallPct().toPlainString()));
        } else {
            gapId = existing.get().id();
            gaps.refresh(gapId, level, value.shortfallPct(), value.planned(), value.actual());
        }
        Gap gap = gaps.find(actor.organizationId(), gapId).orElseThrow();
        if (gap.level() == GapLevel.LARGE && gap.taskId() == null) {
            createStrategyTask(actor, kpi, gap);
        }
    }

    /** The coordinator's task; made as the system when the person recording may not edit the plan (a KPI owner, a token). */
    private void createStrategyTask(Actor actor, Kpi kpi, Gap gap) {
        var access = programs.access(actor, kpi.programId());
        if (access.program().status() == ProgramStatus.CLOSED) {
            return;
        }
        Long coordinator = team.membersUnchecked(actor.organizationId(), kpi.programId()).stream()
                .filter(m -> m.role() == ProgramRole.COORDINATOR).map(m -> m.personId()).findFirst().orElse(null);
        Locale locale = Locale.forLanguageTag(access.program().language());
        String title = messages.getMessage("kpi.task.title", new Object[]{kpi.name(), gap.gapPct().stripTrailingZeros().toPlainString()},
                locale);
        String criterion = messages.getMessage("kpi.task.criterion",
                new Object[]{plain(gap.plannedValue()), plain(gap.actualValue()), kpi.unitOfMeasure(), gap.periodStart().toString()}, locale);
        Actor by = access.edits() ? actor : Actor.system(actor.organizationId());
        // A program that has not started yet plans its tasks from its start: due ten days after whichever is later.
        LocalDate from = LocalDate.now().isAfter(access.program().startDate()) ? LocalDate.now() : access.program().startDate();
        var task = tasks.createTask(by, kpi.programId(), new NewTask(title.length() > 300 ? title.substring(0, 300) : title, coordinator,
                from.plusDays(TASK_DUE_DAYS), criterion, null, "measure", "kpi:" + kpi.id() + ":" + gap.periodStart(),
                "/programs/" + kpi.programId() + "/kpis/" + kpi.id()));
        gaps.linkTask(gap.id(), task.id());
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
