package org.uptake.rollout.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.uptake.approval.SignOff;
import org.uptake.approval.SignOffDecision;
import org.uptake.approval.SignOffService;
import org.uptake.rollout.checklist.BulkMark;
import org.uptake.rollout.checklist.Category;
import org.uptake.rollout.checklist.ChecklistService;
import org.uptake.rollout.checklist.ItemStatus;
import org.uptake.rollout.gate.DecisionForm;
import org.uptake.rollout.gate.GateService;
import org.uptake.rollout.gate.Outcome;
import org.uptake.rollout.migration.Migration;
import org.uptake.rollout.migration.MigrationForm;
import org.uptake.rollout.migration.MigrationMethod;
import org.uptake.rollout.migration.MigrationService;
import org.uptake.rollout.migration.MigrationStep;
import org.uptake.rollout.migration.StepForm;
import org.uptake.rollout.migration.TestResult;
import org.uptake.rollout.parallel.CheckForm;
import org.uptake.rollout.parallel.ParallelRun;
import org.uptake.rollout.parallel.ParallelRunService;
import org.uptake.rollout.parallel.ReadingForm;
import org.uptake.rollout.parallel.ReconciliationCheck;
import org.uptake.rollout.parallel.RunForm;
import org.uptake.rollout.pilot.Finding;
import org.uptake.rollout.pilot.FindingForm;
import org.uptake.rollout.pilot.FindingKind;
import org.uptake.rollout.pilot.FindingStatus;
import org.uptake.rollout.pilot.PilotService;
import org.uptake.rollout.pilot.Severity;
import org.uptake.rollout.readiness.CriterionKind;
import org.uptake.rollout.readiness.ManualValueForm;
import org.uptake.rollout.readiness.ReadinessService;
import org.uptake.rollout.wave.Wave;
import org.uptake.rollout.wave.WaveService;
import org.uptake.rollout.wave.WaveUnit;
import org.uptake.shared.Actor;

/** The small demo's story, told through the services so the audit trail and readiness are real. */
@Component
class PilotStory {

    private final WaveService waves;
    private final PilotService pilots;
    private final ReadinessService readiness;
    private final ChecklistService checklists;
    private final MigrationService migrations;
    private final ParallelRunService runs;
    private final GateService gates;
    private final SignOffService signOffs;

    PilotStory(WaveService waves, PilotService pilots, ReadinessService readiness, ChecklistService checklists,
               MigrationService migrations, ParallelRunService runs, GateService gates, SignOffService signOffs) {
        this.waves = waves;
        this.pilots = pilots;
        this.readiness = readiness;
        this.checklists = checklists;
        this.migrations = migrations;
        this.runs = runs;
        this.gates = gates;
        this.signOffs = signOffs;
    }

    void tell(Actor coordinator, Actor head, long program, Wave pilot, Wave second) {
        WaveUnit station1 = waves.units(coordinator, program, pilot.id()).get(0);
        List<WaveUnit> north = waves.units(coordinator, program, second.id());
        findings(coordinator, program, pilot);
        migrated(coordinator, program, station1);
        ready(coordinator, program, station1, "100", "0", "84");
        approve(coordinator, head, program, station1);
        gates.decide(coordinator, program, station1.id(), new DecisionForm(Outcome.GO, "Pilot ready; findings fixed.", List.of()));
        WaveUnit current = waves.unitUnchecked(coordinator.organizationId(), program, station1.id());
        gates.goLive(coordinator, program, station1.id(), LocalDate.now(), current.version());
        parallelRun(coordinator, program, station1);
        // Wave 2: one station the demo head stands in for is ready with a go, the other is half done and waits
        // for the head's sign-off; a third station is barely started.
        List<WaveUnit> headed = north.stream().filter(u -> Objects.equals(u.headPersonId(), head.personId())).toList();
        WaveUnit other = north.stream().filter(u -> !headed.contains(u)).findFirst().orElse(null);
        if (headed.size() < 2 || other == null) {
            return;
        }
        WaveUnit station2 = headed.get(0);
        ready(coordinator, program, station2, "95", "0", "78");
        approve(coordinator, head, program, station2);
        gates.decide(coordinator, program, station2.id(), new DecisionForm(Outcome.GO, "Ready; goes live once the pilot is stable.",
                List.of()));
        WaveUnit station3 = headed.get(1);
        checklists.mark(coordinator, program, new BulkMark(null, null, null, station3.id(), Category.INFRASTRUCTURE, ItemStatus.DONE,
                "Checked on site", checklists.snapshot(coordinator, program, null, station3.id())));
        manual(coordinator, program, station3, CriterionKind.TRAINING, "60", "9 of 15 trained; second session next week");
        manual(coordinator, program, station3, CriterionKind.PROBLEMS, "1", "Printer driver crashes on two PCs");
        gates.requestSignOff(coordinator, program, station3.id());
        Migration planned = migrations.create(coordinator, program, new MigrationForm(other.id(), "Parts stock list",
                MigrationMethod.BUILT_IN_IMPORT, "Parts, stock levels", 0));
        migrations.record(coordinator, program, planned.id(), MigrationStep.BACKUP,
                new StepForm(null, "Copy of the stock spreadsheet on the share", null, planned.version()), null);
    }

    private void findings(Actor coordinator, long program, Wave pilot) {
        Finding printing = pilots.report(coordinator, program, pilot.id(), new FindingForm(FindingKind.ERROR, Severity.CRITICAL,
                "Work orders do not print on the reception printer", "Spooler error on the old driver", null, null, 0));
        pilots.update(coordinator, program, printing.id(), new FindingForm(FindingKind.ERROR, Severity.CRITICAL, printing.title(),
                printing.description(), FindingStatus.CLOSED, "Printer driver updated on all reception PCs", printing.version()));
        Finding labour = pilots.report(coordinator, program, pilot.id(), new FindingForm(FindingKind.ADJUSTMENT, Severity.MEDIUM,
                "Labour rates must be set per station", null, null, null, 0));
        pilots.update(coordinator, program, labour.id(), new FindingForm(FindingKind.ADJUSTMENT, Severity.MEDIUM, labour.title(),
                null, FindingStatus.FIXED, "Rates moved to station settings", labour.version()));
        pilots.report(coordinator, program, pilot.id(), new FindingForm(FindingKind.QUESTION, Severity.LOW,
                "Can mechanics see the customer's phone number?", null, null, null, 0));
    }

    private void migrated(Actor coordinator, long program, WaveUnit unit) {
        Migration m = migrations.create(coordinator, program, new MigrationForm(unit.id(), "Old order book (spreadsheets)",
                MigrationMethod.BUILT_IN_IMPORT, "Customers, vehicles, open orders", 0));
        m = migrations.record(coordinator, program, m.id(), MigrationStep.BACKUP,
                new StepForm(null, "Spreadsheets archived on the file server, checksum noted", null, m.version()), null);
        m = migrations.record(coordinator, program, m.id(), MigrationStep.TEST_BEFORE,
                new StepForm(TestResult.PASSED, "Trial import of 50 customers into the test system", null, m.version()), null);
        m = migrations.record(coordinator, program, m.id(), MigrationStep.MIGRATE,
                new StepForm(null, "Imported with the built-in CSV import", 1_842L, m.version()), null);
        migrations.record(coordinator, program, m.id(), MigrationStep.TEST_AFTER,
                new StepForm(TestResult.PASSED, "20 random orders compared with the spreadsheets", null, m.version()), null);
    }

    private void ready(Actor coordinator, long program, WaveUnit unit, String training, String problems, String survey) {
        checklists.mark(coordinator, program, new BulkMark(null, null, null, unit.id(), null, ItemStatus.DONE, "Checked on site",
                checklists.snapshot(coordinator, program, null, unit.id())));
        manual(coordinator, program, unit, CriterionKind.TRAINING, training, "From the training attendance list");
        manual(coordinator, program, unit, CriterionKind.PROBLEMS, problems, "From the support mailbox");
        manual(coordinator, program, unit, CriterionKind.SURVEY, survey, "Readiness survey of the station");
    }

    private void manual(Actor coordinator, long program, WaveUnit unit, CriterionKind kind, String value, String note) {
        if (readiness.manual(kind)) {
            readiness.enterManual(coordinator, program, unit.id(), kind, new ManualValueForm(new BigDecimal(value), note));
        }
    }

    private void approve(Actor coordinator, Actor head, long program, WaveUnit unit) {
        SignOff request = gates.requestSignOff(coordinator, program, unit.id());
        int version = signOffs.find(head, request.id()).orElseThrow().version();
        signOffs.decide(head, request.id(), new org.uptake.approval.DecisionForm(SignOffDecision.APPROVED,
                "Station is ready; staff trained.", List.of(), null, null, version));
    }

    private void parallelRun(Actor coordinator, long program, WaveUnit unit) {
        LocalDate today = LocalDate.now();
        ParallelRun run = runs.create(coordinator, program, new RunForm(null, unit.id(), "Paper order book and spreadsheets",
                "Workshop management system", today.minusDays(6), today.plusDays(21), "Getting used to the new system; data backup",
                "Orders and invoices match within tolerance for 5 days in a row", 5, 0));
        ReconciliationCheck orders = runs.addCheck(coordinator, program, run.id(), new CheckForm("Orders opened per day", BigDecimal.ONE));
        ReconciliationCheck invoices = runs.addCheck(coordinator, program, run.id(), new CheckForm("Invoices issued per day",
                BigDecimal.ONE));
        int[][] counts = {{41, 38, 30, 30}, {37, 37, 28, 28}, {44, 44, 35, 35}, {39, 39, 31, 31}, {40, 40, 33, 33}};
        List<ReadingForm> readings = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            LocalDate day = today.minusDays(counts.length - i);
            readings.add(new ReadingForm(orders.id(), day, BigDecimal.valueOf(counts[i][0]), BigDecimal.valueOf(counts[i][1])));
            readings.add(new ReadingForm(invoices.id(), day, BigDecimal.valueOf(counts[i][2]), BigDecimal.valueOf(counts[i][3])));
        }
        runs.record(coordinator, program, run.id(), readings, "IMPORT");
    }
}
