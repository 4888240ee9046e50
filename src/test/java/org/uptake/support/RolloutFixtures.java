package org.uptake.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.uptake.approval.SignOff;
import org.uptake.approval.SignOffDecision;
import org.uptake.org.unit.Unit;
import org.uptake.program.Program;
import org.uptake.program.ProgramRole;
import org.uptake.program.ProgramTeamService;
import org.uptake.rollout.checklist.BulkMark;
import org.uptake.rollout.checklist.ChecklistService;
import org.uptake.rollout.checklist.ItemStatus;
import org.uptake.rollout.gate.DecisionForm;
import org.uptake.rollout.gate.GateDecision;
import org.uptake.rollout.gate.GateService;
import org.uptake.rollout.gate.Outcome;
import org.uptake.rollout.pilot.PilotService;
import org.uptake.rollout.pilot.StabilityRule;
import org.uptake.rollout.readiness.CriterionKind;
import org.uptake.rollout.readiness.ManualValueForm;
import org.uptake.rollout.readiness.ReadinessService;
import org.uptake.rollout.wave.Wave;
import org.uptake.rollout.wave.WaveForm;
import org.uptake.rollout.wave.WaveService;
import org.uptake.rollout.wave.WaveUnit;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;

/**
 * Rollouts for tests, built through the real services: a P1 program whose scope is the network, with
 * stations that each have a head (with an account), and helpers to form waves, enter manual values,
 * get the head's sign-off and record the gate decision.
 */
public final class RolloutFixtures {

    private final Fixtures fixtures;
    private final ProgramFixtures programs;

    public RolloutFixtures(Fixtures fixtures) {
        this.fixtures = fixtures;
        this.programs = new ProgramFixtures(fixtures);
    }

    public record Station(Unit unit, Actor head) {
    }

    public record Rollout(ProgramFixtures.World world, Program program, List<Station> stations, Actor coordinator) {
        public long programId() {
            return program.id();
        }

        public Station station(int i) {
            return stations.get(i);
        }
    }

    public Rollout rollout(int stations) {
        ProgramFixtures.World w = programs.world();
        Program p = programs.program(w, "P1");
        List<Station> list = new ArrayList<>();
        for (int i = 0; i < stations; i++) {
            Unit unit = fixtures.unit(w.admin(), "Depot " + (i + 1), w.root().id());
            list.add(new Station(unit, head(w.admin(), unit)));
        }
        fixtures.bean(PilotService.class).saveRule(w.coordinator(), p.id(), new StabilityRule(true, 0, null, 0));
        return new Rollout(w, p, list, w.coordinator());
    }

    /** A person with an account made head of the unit. */
    public Actor head(Actor admin, Unit unit) {
        Actor user = fixtures.user(admin, unit.id(), Role.EMPLOYEE);
        fixtures.makeHead(admin, fixtures.unitReloaded(admin, unit.id()), user.personId());
        return new Actor(user.userId(), user.organizationId(), user.personId(), user.username(), user.displayName(),
                Set.of(Role.EMPLOYEE, Role.UNIT_HEAD), false, "en", "UTC");
    }

    public Actor sponsor(Rollout r) {
        Actor sponsor = fixtures.account(r.world().admin().organizationId(), r.world().sponsor().id(), "sponsor-" + Fixtures.next(),
                Role.EMPLOYEE);
        return sponsor;
    }

    public static WaveForm waveForm(String name, boolean pilot, LocalDate goLive, Unit... units) {
        var form = new WaveForm();
        form.setName(name);
        form.setPilot(pilot);
        form.setPlannedGoLive(goLive);
        form.setUnitIds(Arrays.stream(units).map(Unit::id).toList());
        return form;
    }

    public Wave wave(Rollout r, String name, boolean pilot, LocalDate goLive, Unit... units) {
        return waves().create(r.coordinator(), r.programId(), waveForm(name, pilot, goLive, units));
    }

    public WaveUnit waveUnit(Rollout r, Unit unit) {
        return waves().unitsUnchecked(r.world().admin().organizationId(), r.programId()).stream()
                .filter(u -> u.unitId() == unit.id()).findFirst().orElseThrow();
    }

    /**
     * Everything but the head's sign-off passes: the unit's checklist is marked done (no data source to
     * migrate), training passes from the training module when no course concerns the unit, and problems and
     * survey pass as entered by hand while their modules are missing (a value for a signalled criterion is skipped).
     */
    public void manualPass(Rollout r, WaveUnit u) {
        completeChecklist(r, u);
        manual(r, u, CriterionKind.TRAINING, "100");
        manual(r, u, CriterionKind.CHECKLIST, "100");
        manual(r, u, CriterionKind.MIGRATION, "100");
        manual(r, u, CriterionKind.PROBLEMS, "0");
        manual(r, u, CriterionKind.SURVEY, "85");
    }

    /** Marks every checklist item of the unit done, in bulk. */
    public void completeChecklist(Rollout r, WaveUnit u) {
        ChecklistService checklists = fixtures.bean(ChecklistService.class);
        checklists.mark(r.coordinator(), r.programId(), new BulkMark(null, null, null, u.id(), null, ItemStatus.DONE, "ready",
                checklists.snapshot(r.coordinator(), r.programId(), null, u.id())));
    }

    public void manual(Rollout r, WaveUnit u, CriterionKind kind, String value) {
        ReadinessService readiness = fixtures.bean(ReadinessService.class);
        if (readiness.manual(kind)) {
            readiness.enterManual(r.coordinator(), r.programId(), u.id(), kind, new ManualValueForm(new BigDecimal(value), "test"));
        }
    }

    /** The coordinator asks the unit's head, who approves. */
    public SignOff signOff(Rollout r, Station s) {
        WaveUnit u = waveUnit(r, s.unit());
        SignOff request = fixtures.bean(GateService.class).requestSignOff(r.coordinator(), r.programId(), u.id());
        return SignOffFixtures.of(fixtures).decide(s.head(), request.id(), SignOffDecision.APPROVED, null);
    }

    public GateDecision go(Rollout r, Station s) {
        return fixtures.bean(GateService.class).decide(r.coordinator(), r.programId(), waveUnit(r, s.unit()).id(),
                new DecisionForm(Outcome.GO, "ready", List.of()));
    }

    /** Everything passes, the head signs, the gate says go and the unit goes live today. */
    public WaveUnit live(Rollout r, Station s) {
        manualPass(r, waveUnit(r, s.unit()));
        signOff(r, s);
        go(r, s);
        WaveUnit u = waveUnit(r, s.unit());
        return fixtures.bean(GateService.class).goLive(r.coordinator(), r.programId(), u.id(), LocalDate.now(), u.version());
    }


    public WaveService waves() {
        return fixtures.bean(WaveService.class);
    }
}
