package org.uptake.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.uptake.program.playbook.PlaybookService;
import org.uptake.program.setup.ProgramSetupService;
import org.uptake.program.setup.SetupForm;
import org.uptake.rollout.checklist.ChecklistService;
import org.uptake.rollout.migration.MigrationForm;
import org.uptake.rollout.migration.MigrationMethod;
import org.uptake.rollout.migration.MigrationService;
import org.uptake.rollout.migration.MigrationStep;
import org.uptake.rollout.migration.StepForm;
import org.uptake.rollout.parallel.CheckForm;
import org.uptake.rollout.parallel.ParallelRunService;
import org.uptake.rollout.parallel.RunForm;
import org.uptake.rollout.pilot.FindingForm;
import org.uptake.rollout.pilot.FindingKind;
import org.uptake.rollout.pilot.PilotService;
import org.uptake.rollout.pilot.Severity;
import org.uptake.rollout.wave.WaveForm;
import org.uptake.rollout.wave.WaveService;
import org.uptake.rollout.wave.WaveUnit;
import org.uptake.shared.Actor;
import org.uptake.shared.paging.PageRequest;

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

    /** The first checklist item of the wave unit of the headed (or the other) unit in the cached program. */
    public long checklistItem(boolean inHeadsSubtree) {
        return fixtures.bean(ChecklistService.class).items(coordinator, program(), waveUnit(inHeadsSubtree), null, null,
                PageRequest.first(1)).items().get(0).id();
    }

    /** A checklist item with an evidence file, in the headed (or the other) unit's checklist. */
    public long itemWithEvidence(boolean inHeadsSubtree) {
        long item = checklistItem(inHeadsSubtree);
        ChecklistService checklists = fixtures.bean(ChecklistService.class);
        if (checklists.item(coordinator, program(), item).evidenceFileId() == null) {
            checklists.attach(coordinator, program(), item, checklists.item(coordinator, program(), item).version(), "proof.txt",
                    "text/plain", "proof".getBytes());
        }
        return item;
    }

    /** A fresh program with a wave: {program, template item}. */
    public long[] freshTemplateItem() {
        long program = freshWave()[0];
        return new long[]{program, fixtures.bean(ChecklistService.class).template(coordinator, program).get(0).id()};
    }

    /** The first checklist template item of the cached program (read, or edited at a stale version: nothing changes). */
    public long templateItem() {
        return fixtures.bean(ChecklistService.class).template(coordinator, program()).get(0).id();
    }

    /** A new program-wide data source of the cached program, backed up with a file as evidence. */
    public long migration() {
        MigrationService migrations = fixtures.bean(MigrationService.class);
        var m = migrations.create(coordinator, program(), new MigrationForm(null, "Matrix source", MigrationMethod.TOOL, null, 0));
        return migrations.record(coordinator, program(), m.id(), MigrationStep.BACKUP, new StepForm(null, "dump", null, m.version()),
                new MigrationService.Upload("dump.txt", "text/plain", "dump".getBytes())).id();
    }

    /** A new parallel run of the cached program's wave with one check: {run, check}. */
    public long[] parallelRun() {
        ParallelRunService runs = fixtures.bean(ParallelRunService.class);
        var run = runs.create(coordinator, program(), new RunForm(wave(), null, "Old", "New", LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 2, 1), null, null, 3, 0));
        var check = runs.addCheck(coordinator, program(), run.id(), new CheckForm("Orders", java.math.BigDecimal.ONE));
        lastCheck = check.id();
        return new long[]{run.id(), check.id()};
    }

    private long lastCheck;

    /** The check of the run {@link #parallelRun()} made last (a row's body is built after its URL). */
    public long lastCheck() {
        return lastCheck;
    }

    /** A no-go decision recorded for the headed (or the other) unit of the cached program. */
    public long decision(boolean inHeadsSubtree) {
        return fixtures.bean(org.uptake.rollout.gate.GateService.class).decide(coordinator, program(), waveUnit(inHeadsSubtree),
                new org.uptake.rollout.gate.DecisionForm(org.uptake.rollout.gate.Outcome.NO_GO, "Matrix", List.of())).id();
    }

    public long finding() {
        return fixtures.bean(PilotService.class).report(coordinator, program(), wave(),
                new FindingForm(FindingKind.QUESTION, Severity.LOW, "Matrix finding", null, null, null, 0)).id();
    }
}
