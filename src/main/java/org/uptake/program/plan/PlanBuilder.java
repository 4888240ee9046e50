package org.uptake.program.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.uptake.program.Program;
import org.uptake.program.ProgramTeamService;
import org.uptake.program.calendar.CalendarService;
import org.uptake.program.calendar.WorkingCalendar;
import org.uptake.program.playbook.LocalizedText;
import org.uptake.program.playbook.OrderStrength;
import org.uptake.program.playbook.PlaybookDefinition;
import org.uptake.program.playbook.PlaybookDefinition.StageDefinition;
import org.uptake.program.playbook.PlaybookDefinition.StepDefinition;
import org.uptake.program.playbook.PlaybookOrder;
import org.uptake.program.playbook.RepeatScope;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a playbook version into a program's plan: a phase per stage with its ordering rules, a task
 * per once-step with its owner resolved, the playbook's orderings as dependencies, every date
 * scheduled forward from the program start before the first row is written; then one batched insert.
 */
@Component
class PlanBuilder {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PhaseRepository phases;
    private final TaskRepository tasks;
    private final DependencyRepository dependencies;
    private final OwnerResolver owners;
    private final ProgramTeamService team;
    private final CalendarService calendars;
    private final TaskMail mail;

    PlanBuilder(PhaseRepository phases, TaskRepository tasks, DependencyRepository dependencies, OwnerResolver owners,
                ProgramTeamService team, CalendarService calendars, TaskMail mail) {
        this.phases = phases;
        this.tasks = tasks;
        this.dependencies = dependencies;
        this.owners = owners;
        this.team = team;
        this.calendars = calendars;
        this.mail = mail;
    }

    /** What was created: figures for the audit trail and the wizard's confirmation. */
    public record Built(int phases, int tasks, int dependencies, int unassigned, LocalDate finish) {
    }

    Built build(Program program, PlaybookDefinition definition) {
        long org = program.organizationId();
        String lang = program.language();
        PlaybookOrder order = PlaybookOrder.of(definition);
        Map<String, Long> phaseIds = new LinkedHashMap<>();
        int position = 0;
        for (StageDefinition stage : definition.stages()) {
            phaseIds.put(stage.key(), phases.insert(org, program.id(), ++position, stage.name().in(lang),
                    text(stage.description(), lang), stage.seedRef(), stage.key(), text(stage.gate(), lang)));
        }
        for (PlaybookOrder.StageEdge e : order.stageEdges()) {
            phases.insertOrder(org, program.id(), phaseIds.get(e.after()), phaseIds.get(e.before()), e.strength(),
                    text(e.reason(), lang), e.seedRef());
        }
        List<StepDefinition> once = definition.allSteps().stream().filter(StepDefinition::isOnce).toList();
        List<Long> ids = tasks.reserveIds(once.size());
        Map<String, Long> taskIds = new HashMap<>();
        for (int i = 0; i < once.size(); i++) {
            taskIds.put(once.get(i).key(), ids.get(i));
        }
        List<long[]> pairs = new ArrayList<>();
        List<OrderStrength> strengths = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (PlaybookOrder.StepEdge e : order.stepEdges()) {
            Long before = taskIds.get(e.before());
            Long after = taskIds.get(e.after());
            if (before != null && after != null) {
                pairs.add(new long[]{before, after});
                strengths.add(e.strength());
                reasons.add(text(e.reason(), lang));
            }
        }
        WorkingCalendar calendar = calendars.calendarOf(org);
        Map<Long, Scheduler.Dates> dates = Scheduler.schedule(once.stream().map(s -> new Scheduler.Node(taskIds.get(s.key()),
                        TaskStatus.NOT_STARTED, null, null, s.duration(), null, null, null, s.isMilestone())).toList(),
                pairs.toArray(long[][]::new), program.startDate(), calendar);
        var context = context(program);
        List<NewTaskRow> rows = new ArrayList<>();
        Map<Long, List<String>> assigned = new LinkedHashMap<>();
        int unassigned = 0;
        for (int i = 0; i < once.size(); i++) {
            StepDefinition s = once.get(i);
            long id = taskIds.get(s.key());
            OwnerResolver.Resolution owner = owners.resolve(org, context, s.role(), s.position());
            unassigned += owner.ownerId() == null ? 1 : 0;
            String title = s.name().in(lang);
            if (owner.ownerId() != null) {
                assigned.computeIfAbsent(owner.ownerId(), k -> new ArrayList<>()).add(title);
            }
            Scheduler.Dates d = dates.get(id);
            rows.add(row(id, phaseIds.get(definition.stageOf(s.key()).orElseThrow().key()), i + 1, s, lang, owner,
                    d.start(), d.finish(), null, null, null, null));
        }
        tasks.insertAll(org, program.id(), rows);
        dependencies.insertAll(org, program.id(), pairs, strengths, reasons, "PLAYBOOK");
        mail.assigned(org, program.id(), program.name(), assigned);
        LocalDate finish = dates.values().stream().map(Scheduler.Dates::finish).max(LocalDate::compareTo).orElse(program.startDate());
        return new Built(phaseIds.size(), rows.size(), pairs.size(), unassigned, finish);
    }

    OwnerResolver.Context context(Program program) {
        return new OwnerResolver.Context(team.membersUnchecked(program.organizationId(), program.id()),
                team.unitsUnchecked(program.organizationId(), program.id()).stream().map(ProgramTeamService.ScopeUnit::path).toList());
    }

    static NewTaskRow row(long id, Long phaseId, int position, StepDefinition s, String lang, OwnerResolver.Resolution owner,
                          LocalDate start, LocalDate finish, Long waveId, Long unitId, LocalDate constraint, LocalDate anchor) {
        RepeatScope scope = s.repeatScope();
        return new NewTaskRow(id, phaseId, position, s.name().in(lang), text(s.description(), lang), s.seedRef(), s.key(),
                owner.ownerId(), owner.placeholder(), owner.candidates(), owner.unresolved(), start, finish,
                s.isMilestone() ? 0 : s.duration(), constraint, null, text(s.criterion(), lang), text(s.gate(), lang),
                outputs(s, lang), s.isMilestone(), s.isSeriousChange(), s.isOptional(), scope, waveId, unitId,
                scope == RepeatScope.ONCE ? null : s.offsetDays(), anchor, null, null, null);
    }

    static String text(LocalizedText text, String lang) {
        return text == null ? null : text.in(lang);
    }

    private static String outputs(StepDefinition s, String lang) {
        List<Map<String, String>> list = s.outputList().stream().map(o -> Map.of("key", o.key(), "name", o.name().in(lang))).toList();
        return JSON.writeValueAsString(list);
    }
}
