package org.uptake.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.uptake.program.Program;
import org.uptake.program.plan.Completion;
import org.uptake.program.plan.Task;
import org.uptake.program.plan.TaskService;
import org.uptake.program.plan.TaskStatus;
import org.uptake.rollout.migration.Migration;
import org.uptake.rollout.migration.MigrationForm;
import org.uptake.rollout.migration.MigrationMethod;
import org.uptake.rollout.migration.MigrationService;
import org.uptake.rollout.migration.MigrationStep;
import org.uptake.rollout.migration.StepForm;
import org.uptake.rollout.migration.TestResult;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.support.ProgramFixtures;

/** P5's hard rule on the plan: its migration steps link to the data migration records and wait for their evidence. */
class MigrationStepTests extends RolloutTest {

    private ProgramFixtures programs() {
        return new ProgramFixtures(fixtures);
    }

    private MigrationService migrations() {
        return fixtures.bean(MigrationService.class);
    }

    private TaskService tasks() {
        return fixtures.bean(TaskService.class);
    }

    private Task complete(ProgramFixtures.World w, Program p, String stepKey) {
        Task t = programs().task(w.coordinator(), p, stepKey);
        return tasks().complete(w.coordinator(), p.id(), t.id(), new Completion(true, "See the migration records", null, null,
                "Steps before were done outside the plan", t.version()));
    }

    private Migration step(ProgramFixtures.World w, Program p, Migration m, MigrationStep step, TestResult result) {
        return migrations().record(w.coordinator(), p.id(), m.id(), step, new StepForm(result, "evidence", null, m.version()), null);
    }

    @Test
    void theMigrationStepsOfAP5ProgramLinkToItsMigrationRecords() {
        ProgramFixtures.World w = programs().world();
        Program p = programs().program(w, "P5");

        migrations().create(w.coordinator(), p.id(), new MigrationForm(null, "Old CRM", MigrationMethod.TOOL, "contacts", 0));

        for (String key : new String[] {"backup", "test-before", "migrate", "test-after"}) {
            Task t = programs().task(w.coordinator(), p, key);
            assertThat(t.sourceModule()).as(key).isEqualTo("rollout");
            assertThat(t.sourceUrl()).as(key).isEqualTo("/programs/" + p.id() + "/rollout/migrations");
        }
    }

    @Test
    void refusesCompletingTheMigrateStepBeforeEveryRecordIsBackedUpTestedAndMigratedAndChangesNothing() {
        ProgramFixtures.World w = programs().world();
        Program p = programs().program(w, "P5");
        Migration crm = migrations().create(w.coordinator(), p.id(), new MigrationForm(null, "Old CRM", MigrationMethod.TOOL, null, 0));
        migrations().create(w.coordinator(), p.id(), new MigrationForm(null, "Mail archive", MigrationMethod.CUSTOM, null, 0));
        crm = step(w, p, crm, MigrationStep.BACKUP, null);
        crm = step(w, p, crm, MigrationStep.TEST_BEFORE, TestResult.PASSED);
        step(w, p, crm, MigrationStep.MIGRATE, null);
        Task migrate = programs().task(w.coordinator(), p, "migrate");

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> complete(w, p, "migrate"));
        InvalidInputException noBackup = catchThrowableOfType(InvalidInputException.class, () -> complete(w, p, "backup"));

        assertThat(refused.violations().get(0).code()).isEqualTo("rollout.error.migrationStepEvidence.MIGRATE");
        assertThat(refused.violations().get(0).args()).containsExactly("Mail archive", 1);
        assertThat(noBackup.violations().get(0).code()).isEqualTo("rollout.error.migrationStepEvidence.BACKUP");
        Task after = programs().task(w.coordinator(), p, "migrate");
        assertThat(after.status()).isEqualTo(migrate.status());
        assertThat(after.version()).isEqualTo(migrate.version());
    }

    @Test
    void completesTheBackupStepOnceEveryRecordIsBackedUp() {
        ProgramFixtures.World w = programs().world();
        Program p = programs().program(w, "P5");
        Migration crm = migrations().create(w.coordinator(), p.id(), new MigrationForm(null, "Old CRM", MigrationMethod.TOOL, null, 0));
        Migration mail = migrations().create(w.coordinator(), p.id(), new MigrationForm(null, "Mail", MigrationMethod.CUSTOM, null, 0));
        step(w, p, crm, MigrationStep.BACKUP, null);
        step(w, p, mail, MigrationStep.BACKUP, null);

        assertThat(complete(w, p, "backup").status()).isEqualTo(TaskStatus.DONE);
    }

    @Test
    void aP5ProgramWithoutMigrationRecordsCompletesItsStepsAsBefore() {
        ProgramFixtures.World w = programs().world();
        Program p = programs().program(w, "P5");

        assertThat(complete(w, p, "backup").status()).isEqualTo(TaskStatus.DONE);
    }
}
