package org.uptake.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.uptake.rollout.migration.Migration;
import org.uptake.rollout.migration.MigrationForm;
import org.uptake.rollout.migration.MigrationMethod;
import org.uptake.rollout.migration.MigrationService;
import org.uptake.rollout.migration.MigrationStatus;
import org.uptake.rollout.migration.MigrationStep;
import org.uptake.rollout.migration.StepForm;
import org.uptake.rollout.migration.TestResult;
import org.uptake.rollout.readiness.CriterionKind;
import org.uptake.rollout.readiness.ReadinessService;
import org.uptake.rollout.wave.WaveUnit;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.support.RolloutFixtures.Rollout;

/** Data migration records and the P5 gate: migrate only after a backup and a passed test, then test again. */
class MigrationTests extends RolloutTest {

    private MigrationService migrations() {
        return fixtures.bean(MigrationService.class);
    }

    private Rollout pilot() {
        Rollout r = rollouts.rollout(2);
        rollouts.wave(r, "Pilot", true, LocalDate.now().plusDays(20), r.station(0).unit(), r.station(1).unit());
        return r;
    }

    private Migration source(Rollout r, Long waveUnitId) {
        return migrations().create(r.coordinator(), r.programId(), new MigrationForm(waveUnitId, "Old CRM", MigrationMethod.TOOL,
                "contacts, deals", 0));
    }

    private Migration step(Rollout r, Migration m, MigrationStep step, TestResult result, String note) {
        return migrations().record(r.coordinator(), r.programId(), m.id(), step, new StepForm(result, note, null, m.version()), null);
    }

    private BigDecimal migration(Rollout r, WaveUnit u) {
        return fixtures.bean(ReadinessService.class).unit(r.coordinator(), r.programId(), u.id()).result(CriterionKind.MIGRATION)
                .value();
    }

    @Test
    void aMigrationIsDoneAfterBackupTestMigrateAndAPassedTestAfter() {
        Rollout r = pilot();
        WaveUnit u = rollouts.waveUnit(r, r.station(0).unit());
        Migration m = source(r, u.id());
        BigDecimal planned = migration(r, u);

        m = step(r, m, MigrationStep.BACKUP, null, "Full dump 2030-05-01 on the NAS");
        m = step(r, m, MigrationStep.TEST_BEFORE, TestResult.PASSED, "Test import of 100 contacts");
        m = migrations().record(r.coordinator(), r.programId(), m.id(), MigrationStep.MIGRATE, new StepForm(null, "All contacts",
                12_400L, m.version()), null);
        m = step(r, m, MigrationStep.TEST_AFTER, TestResult.PASSED, "Spot check of 50 records");

        assertThat(planned).isEqualByComparingTo("0");
        assertThat(m.status()).isEqualTo(MigrationStatus.DONE);
        assertThat(m.recordsMigrated()).isEqualTo(12_400L);
        assertThat(m.backup().byName()).isEqualTo(r.coordinator().displayName());
        assertThat(migration(r, u)).isEqualByComparingTo("100");
    }

    @Test
    void refusesToMigrateBeforeTheBackupAndChangesNothing() {
        Rollout r = pilot();
        Migration m = source(r, null);

        String code = refusal(() -> migrations().record(r.coordinator(), r.programId(), m.id(), MigrationStep.MIGRATE,
                new StepForm(null, null, 10L, m.version()), null));
        String test = refusal(() -> step(r, m, MigrationStep.TEST_BEFORE, TestResult.PASSED, "too early"));

        assertThat(code).isEqualTo("rollout.error.backupFirst");
        assertThat(test).isEqualTo("rollout.error.backupFirst");
        assertThat(migrations().get(r.coordinator(), r.programId(), m.id())).isEqualTo(m);
    }

    @Test
    void refusesToMigrateAfterAFailedTestUntilATestPasses() {
        Rollout r = pilot();
        Migration m = step(r, source(r, null), MigrationStep.BACKUP, null, "Dump");
        Migration failed = step(r, m, MigrationStep.TEST_BEFORE, TestResult.FAILED, "Phone numbers truncated");

        String code = refusal(() -> migrations().record(r.coordinator(), r.programId(), failed.id(), MigrationStep.MIGRATE,
                new StepForm(null, null, null, failed.version()), null));
        Migration passed = step(r, failed, MigrationStep.TEST_BEFORE, TestResult.PASSED, "Field widened, test passes");
        Migration migrated = migrations().record(r.coordinator(), r.programId(), m.id(), MigrationStep.MIGRATE,
                new StepForm(null, null, null, passed.version()), null);

        assertThat(failed.status()).isEqualTo(MigrationStatus.TEST_FAILED);
        assertThat(code).isEqualTo("rollout.error.testBeforeFirst");
        assertThat(migrated.status()).isEqualTo(MigrationStatus.MIGRATED);
    }

    @Test
    void aBackupNeedsEvidenceAndATestNeedsAResult() {
        Rollout r = pilot();
        Migration m = source(r, null);

        String noEvidence = refusal(() -> step(r, m, MigrationStep.BACKUP, null, " "));
        Migration backedUp = step(r, m, MigrationStep.BACKUP, null, "Dump");
        String noResult = refusal(() -> step(r, backedUp, MigrationStep.TEST_BEFORE, null, "ran it"));
        String afterTooEarly = refusal(() -> step(r, backedUp, MigrationStep.TEST_AFTER, TestResult.PASSED, "ran it"));

        assertThat(noEvidence).isEqualTo("rollout.error.evidenceRequired");
        assertThat(noResult).isEqualTo("rollout.error.resultRequired");
        assertThat(afterTooEarly).isEqualTo("rollout.error.migrateFirst");
        assertThat(migrations().get(r.coordinator(), r.programId(), m.id()).status()).isEqualTo(MigrationStatus.BACKED_UP);
    }

    @Test
    void aProgramWideSourceCountsForEveryUnitAndAUnitWithoutSourcesReadsFull() {
        Rollout r = pilot();
        WaveUnit first = rollouts.waveUnit(r, r.station(0).unit());
        WaveUnit second = rollouts.waveUnit(r, r.station(1).unit());
        BigDecimal nothingToMigrate = migration(r, second);

        source(r, null);
        Migration own = source(r, first.id());

        assertThat(nothingToMigrate).isEqualByComparingTo("100");
        assertThat(migration(r, first)).isEqualByComparingTo("0");
        assertThat(migration(r, second)).isEqualByComparingTo("0");
        assertThat(migrations().list(r.coordinator(), r.programId(), second.id())).hasSize(1);
        assertThat(migrations().list(r.coordinator(), r.programId(), first.id())).extracting(Migration::id).contains(own.id());
    }

    @Test
    void aMigratedRecordCanNeitherChangeNorBeDeleted() {
        Rollout r = pilot();
        Migration m = step(r, step(r, source(r, null), MigrationStep.BACKUP, null, "Dump"), MigrationStep.TEST_BEFORE,
                TestResult.PASSED, "ok");
        Migration migrated = migrations().record(r.coordinator(), r.programId(), m.id(), MigrationStep.MIGRATE,
                new StepForm(null, null, null, m.version()), null);

        String change = refusal(() -> migrations().update(r.coordinator(), r.programId(), m.id(),
                new MigrationForm(null, "Other", MigrationMethod.CUSTOM, null, migrated.version())));
        String delete = refusal(() -> migrations().delete(r.coordinator(), r.programId(), m.id(), migrated.version()));
        String again = refusal(() -> step(r, migrated, MigrationStep.BACKUP, null, "late"));

        assertThat(change).isEqualTo("rollout.error.migrationStarted");
        assertThat(delete).isEqualTo("rollout.error.migrationStarted");
        assertThat(again).isEqualTo("rollout.error.alreadyMigrated");
        assertThat(migrations().get(r.coordinator(), r.programId(), m.id())).isEqualTo(migrated);
    }

    @Test
    void refusesAUnitOutsideTheWavesAStaleEditAndAnOversizeFile() {
        Rollout r = pilot();
        Rollout other = pilot();
        long foreignUnit = rollouts.waveUnit(other, other.station(0).unit()).id();
        Migration m = source(r, null);
        step(r, m, MigrationStep.BACKUP, null, "Dump");
        int files = count("select count(*) from stored_file where organization_id = ?", r.world().admin().organizationId());

        String unit = refusal(() -> source(r, foreignUnit));
        assertThatThrownBy(() -> step(r, m, MigrationStep.BACKUP, null, "stale")).isInstanceOf(StaleVersionException.class);
        Migration current = migrations().get(r.coordinator(), r.programId(), m.id());
        String big = refusal(() -> migrations().record(r.coordinator(), r.programId(), m.id(), MigrationStep.TEST_BEFORE,
                new StepForm(TestResult.PASSED, null, null, current.version()),
                new MigrationService.Upload("test.pdf", "application/pdf", new byte[10 * 1024 * 1024 + 1])));

        assertThat(unit).isEqualTo("rollout.error.unknownWaveUnit");
        assertThat(big).isEqualTo("rollout.error.fileTooLarge");
        assertThat(migrations().get(r.coordinator(), r.programId(), m.id())).isEqualTo(current);
        assertThat(current.backup().note()).isEqualTo("Dump");
        assertThat(count("select count(*) from stored_file where organization_id = ?", r.world().admin().organizationId()))
                .isEqualTo(files);
        assertThat(count("select count(*) from rollout_migration where program_id = ?", r.programId())).isEqualTo(1);
    }
}
