package org.uptake.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.uptake.program.playbook.PlaybookService;
import org.uptake.program.setup.ProgramSetupService;
import org.uptake.program.setup.SetupForm;
import org.uptake.rollout.pilot.FindingForm;
import org.uptake.rollout.pilot.FindingKind;
import org.uptake.rollout.pilot.PilotService;
import org.uptake.rollout.pilot.Severity;
import org.uptake.rollout.wave.WaveForm;
import org.uptake.rollout.wave.WaveService;
import org.uptake.rollout.wave.WaveUnit;
import org.uptake.shared.Actor;

/**
 * Rollout records for the permission matrix: a program the organisation's COORDINATOR user runs whose
 * scope is the headed and the other unit, with one wave holding both (cached, for reading), and fresh
 * programs with a wave for destructive calls.
 */
public final class RolloutMatrixWorld {

    private static final Map<Long, long[]> CACHED = new ConcurrentHashMap<>();

    private final Fixtures fixtures;
    private final Actor admin;
    private final Actor coordinator;
    private final long headedUnit;
    private final long otherUnit;

    public RolloutMatrixWorld(Fixtures fixtures, Actor admin, Actor coordinator, long headedUnit, long otherUnit) {
        this.fixtures = fixtures;
        this.admin = admin;
        this.coordinator = coordinator;
        this.headedUnit = headedUnit;
        this.otherUnit = otherUnit;
    }

    /** [program, wave, wave unit of the headed unit, wave unit of the other unit] */
    private long[] cached() {
        return CACHED.computeIfAbsent(admin.organizationId(), k -> build());
    }

    private long[] build() {
        long program = freshProgram();
        long wave = wave(program);
        List<WaveUnit> units = fixtures.bean(WaveService.class).unitsUnchecked(admin.organizationId(), program);
        long headed = units.stream().filter(u -> u.unitId() == headedUnit).findFirst().orElseThrow().id();
        long other = units.stream().filter(u -> u.unitId() == otherUnit).findFirst().orElseThrow().id();
        return new long[]{program, wave, headed, other};
    }

    public long program() {
        return cached()[0];
    }

    public long wave() {
        return cached()[1];
    }

    public long waveUnit(boolean inHeadsSubtree) {
        return cached()[inHeadsSubtree ? 2 : 3];
    }

    public long freshProgram() {
        var form = new SetupForm();
        form.setPlaybookId(fixtures.bean(PlaybookService.class).list(admin).stream()
                .filter(p -> p.builtIn() && p.code().equals("P1")).findFirst().orElseThrow().id());
        form.setName("Matrix rollout " + Fixtures.next());
        form.setStartDate(LocalDate.of(2030, 3, 4));
        form.setLanguage("en");
        form.setUnitIds(List.of(headedUnit, otherUnit));
        return fixtures.bean(ProgramSetupService.class).create(coordinator, form).program().id();
    }

    private long wave(long program) {
        var form = new WaveForm();
        form.setName("Matrix wave");
        form.setPilot(true);
        form.setPlannedGoLive(LocalDate.of(2030, 6, 3));
        form.setUnitIds(List.of(headedUnit, otherUnit));
        return fixtures.bean(WaveService.class).create(coordinator, program, form).id();
    }

    /** A fresh program with one wave of the two units: {program, wave, wave unit of the other unit}. */
    public long[] freshWave() {
        long program = freshProgram();
        long wave = wave(program);
        long unit = fixtures.bean(WaveService.class).unitsUnchecked(admin.organizationId(), program).stream()
                .filter(u -> u.unitId() == otherUnit).findFirst().orElseThrow().id();
        return new long[]{program, wave, unit};
    }

    public long finding() {
        return fixtures.bean(PilotService.class).report(coordinator, program(), wave(),
                new FindingForm(FindingKind.QUESTION, Severity.LOW, "Matrix finding", null, null, null, 0)).id();
    }
}
