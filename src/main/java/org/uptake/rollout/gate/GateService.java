package org.uptake.rollout.gate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.approval.ApprovalRule;
import org.uptake.approval.SignOff;
import org.uptake.approval.SignOffDraft;
import org.uptake.approval.SignOffService;
import org.uptake.program.ProgramService;
import org.uptake.program.plan.NewTask;
import org.uptake.program.plan.TaskService;
import org.uptake.rollout.readiness.CriterionKind;
import org.uptake.rollout.readiness.CriterionResult;
import org.uptake.rollout.readiness.ReadinessService;
import org.uptake.rollout.readiness.UnitReadiness;
import org.uptake.rollout.wave.Wave;
import org.uptake.rollout.wave.WaveService;
import org.uptake.rollout.wave.WaveUnit;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The go-live gate of a wave unit. The coordinator asks the unit's head for the green light (a
 * sign-off request of module approval); records go / conditional go / no-go with the evidence as it
 * stood; a conditional go's conditions become program tasks. Go-live is refused without a go or
 * conditional go, before its date, while the head's sign-off does not hold, or while the previous
 * wave is not stable.
 */
@Service
public class GateService {

    public static final String SUBJECT = "rollout.unit";
    public static final String DECISION = "rolloutGateDecision";

    private final ProgramService programs;
    private final WaveService waves;
    private final ReadinessService readiness;
    private final SignOffService signOffs;
    private final TaskService tasks;
    private final GateRepository decisions;
    private final AuditLog audit;
    private final JsonMapper json;

    GateService(ProgramService programs, WaveService waves, ReadinessService readiness, SignOffService signOffs,
                TaskService tasks, GateRepository decisions, AuditLog audit, JsonMapper json) {
        this.programs = programs;
        this.waves = waves;
        this.readiness = readiness;
        this.signOffs = signOffs;
        this.tasks = tasks;
        this.decisions = decisions;
        this.audit = audit;
        this.json = json;
    }

    public static String linkOf(long programId, long waveUnitId) {
        return "/programs/" + programId + "/rollout/units/" + waveUnitId;
    }

    /** Asks the unit's head (the acting head while one is set) for the green light before go-live. */
    @Transactional
    public SignOff requestSignOff(Actor actor, long programId, long waveUnitId) {
        programs.requireEditor(actor, programId);
        WaveUnit unit = waves.unitUnchecked(actor.organizationId(), programId, waveUnitId);
        if (unit.headPersonId() == null) {
            throw new InvalidInputException(null, "rollout.error.noHead", unit.unitName());
        }
        Optional<SignOff> current = latestSignOff(actor, waveUnitId);
        if (current.isPresent() && (current.get().isOpen() || current.get().holds())) {
            throw new InvalidInputException(null, "rollout.error.signOffExists");
        }
        LocalDate due = unit.plannedGoLive().minusDays(3);
        SignOffDraft draft = SignOffDraft.about(SUBJECT, waveUnitId, "Go-live of " + unit.unitName() + " (" + unit.waveName() + ")",
                        linkOf(programId, waveUnitId)).withUnit(unit.unitId())
                .due(due.isBefore(LocalDate.now()) ? null : due)
                .withStep(SignOffDraft.Step.of("Unit head", ApprovalRule.ANY, unit.headPersonId()));
        return signOffs.request(actor, draft);
    }

    public Optional<SignOff> latestSignOff(Actor actor, long waveUnitId) {
        return Optional.ofNullable(signOffs.latestForSubjects(actor, SUBJECT, List.of(waveUnitId)).get(waveUnitId));
    }

    public Optional<GateDecision> latestDecision(Actor actor, long waveUnitId) {
        return decisions.latest(actor.organizationId(), waveUnitId);
    }

    public List<GateDecision> decisions(Actor actor, long programId, long waveUnitId) {
        waves.unit(actor, programId, waveUnitId);
        return decisions.history(actor.organizationId(), waveUnitId);
    }

    public GateDecision decision(Actor actor, long programId, long decisionId) {
        GateDecision d = decisions.find(actor.organizationId(), programId, decisionId)
                .orElseThrow(() -> new NotFoundException(DECISION, decisionId));
        waves.unit(actor, programId, d.waveUnitId());
        return d;
    }

    /** Latest decisions of the program's units, for the board. */
    public Map<Long, GateDecision> latestDecisions(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        Map<Long, GateDecision> map = new LinkedHashMap<>();
        decisions.latestOfProgram(actor.organizationId(), programId).forEach(d -> map.put(d.waveUnitId(), d));
        return map;
    }

    @Transactional
    public GateDecision decide(Actor actor, long programId, long waveUnitId, DecisionForm form) {
        programs.requireEditor(actor, programId);
        UnitReadiness now = readiness.unitUnchecked(actor.organizationId(), programId, waveUnitId);
        WaveUnit unit = now.unit();
        if (unit.live()) {
            throw new InvalidInputException("outcome", "rollout.error.unitLive", unit.unitName(), unit.liveOn());
        }
        checkDecision(form, now);
        LocalDate today = SignOffService.today(actor);
        for (int i = 0; i < form.conditions().size(); i++) {
            if (form.conditions().get(i).dueDate().isBefore(today)) {
                throw new InvalidInputException("conditions[" + i + "].dueDate", "rollout.error.dueInPast");
            }
        }
        long id = decisions.insert(actor.organizationId(), programId, waveUnitId, form.outcome(),
                form.note() == null || form.note().isBlank() ? null : form.note().strip(), now.score(), now.ready(),
                snapshot(now), actor.displayName(), actor.userId(), today);
        List<Long> taskIds = new ArrayList<>();
        for (DecisionForm.Condition c : form.conditions()) {
            taskIds.add(tasks.createTask(actor, programId, new NewTask(c.text().strip(), c.ownerPersonId(), c.dueDate(),
                    "Condition of the go-live of " + unit.unitName() + " met", null, "rollout", "decision:" + id,
                    linkOf(programId, waveUnitId))).id());
        }
        decisions.conditionTasks(actor.organizationId(), id, taskIds);
        GateDecision created = decisions.find(actor.organizationId(), programId, id).orElseThrow();
        audit.created(actor, DECISION, id, created);
        audit.action(actor, WaveService.UNIT_ENTITY, waveUnitId, "decision",
                Map.of("outcome", form.outcome().name(), "score", now.score(), "conditions", taskIds.size()));
        return created;
    }

    private static void checkDecision(DecisionForm form, UnitReadiness now) {
        if (form.outcome() == Outcome.GO && !now.ready()) {
            throw new InvalidInputException("outcome", "rollout.error.goNotReady");
        }
        if (form.outcome() == Outcome.CONDITIONAL_GO) {
            CriterionResult head = now.result(CriterionKind.SIGN_OFF);
            if (head != null && !head.passes()) {
                throw new InvalidInputException("outcome", "rollout.error.conditionalWithoutSignOff");
            }
            if (form.conditions().isEmpty()) {
                throw new InvalidInputException("conditions", "rollout.error.conditionsRequired");
            }
        } else if (!form.conditions().isEmpty()) {
            throw new InvalidInputException("conditions", "rollout.error.conditionsOnlyConditional");
        }
    }

    /** The unit goes live on {@code liveOn}: refused without a go, before the decision, or while the previous wave is unstable. */
    @Transactional
    public WaveUnit goLive(Actor actor, long programId, long waveUnitId, LocalDate liveOn, int version) {
        programs.requireEditor(actor, programId);
        WaveUnit unit = waves.unitUnchecked(actor.organizationId(), programId, waveUnitId);
        if (liveOn == null) {
            throw new InvalidInputException("liveOn", "rollout.error.liveOnRequired");
        }
        if (unit.live()) {
            throw new InvalidInputException("liveOn", "rollout.error.unitLive", unit.unitName(), unit.liveOn());
        }
        GateDecision decision = decisions.latest(actor.organizationId(), waveUnitId)
                .orElseThrow(() -> new InvalidInputException("liveOn", "rollout.error.noGoDecision"));
        if (!decision.outcome().allowsGoLive()) {
            throw new InvalidInputException("liveOn", "rollout.error.noGoDecision");
        }
        if (liveOn.isBefore(decision.decidedOn())) {
            throw new InvalidInputException("liveOn", "rollout.error.liveBeforeDecision", decision.decidedOn());
        }
        if (latestSignOff(actor, waveUnitId).map(s -> !s.holds()).orElse(true)) {
            throw new InvalidInputException("liveOn", "rollout.error.signOffDoesNotHold");
        }
        Optional<Wave> previous = waves.predecessor(actor, programId, unit.waveId());
        if (previous.isPresent() && !previous.get().stable()) {
            throw new InvalidInputException("liveOn", "rollout.error.previousNotStable", previous.get().name());
        }
        WaveUnit live = waves.markLive(actor, programId, waveUnitId, liveOn, version);
        readiness.recompute(actor.organizationId(), programId);
        return live;
    }

    private String snapshot(UnitReadiness r) {
        List<Map<String, Object>> criteria = new ArrayList<>();
        for (CriterionResult c : r.results()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("criterion", c.kind().name());
            m.put("value", c.value() == null ? null : c.value().toPlainString());
            m.put("threshold", c.threshold().toPlainString());
            m.put("weight", c.weight());
            m.put("blocking", c.blocking());
            m.put("passes", c.passes());
            m.put("source", c.source());
            m.put("enteredBy", c.enteredBy());
            m.put("note", c.note());
            criteria.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("unit", r.unit().unitName());
        root.put("wave", r.unit().waveName());
        root.put("score", r.score());
        root.put("ready", r.ready());
        root.put("criteria", criteria);
        return json.writeValueAsString(root);
    }
}
