package org.uptake.rollout.migration;

/**
 * The migration of one data source: source system, method, data sets, for one wave unit (or the whole
 * program when {@code waveUnitId} is null) and the evidence of each step of the P5 gate.
 */
public record Migration(long id, long programId, Long waveUnitId, String unitName, String sourceSystem, MigrationMethod method,
                        String dataSets, StepRecord backup, StepRecord testBefore, StepRecord migrated, Long recordsMigrated,
                        StepRecord testAfter, int version) {

    public MigrationStatus status() {
        if (testAfter.recorded()) {
            return testAfter.passed() ? MigrationStatus.DONE : MigrationStatus.TEST_FAILED;
        }
        if (migrated.recorded()) {
            return MigrationStatus.MIGRATED;
        }
        if (testBefore.recorded()) {
            return testBefore.passed() ? MigrationStatus.TESTED : MigrationStatus.TEST_FAILED;
        }
        return backup.recorded() ? MigrationStatus.BACKED_UP : MigrationStatus.PLANNED;
    }

    public boolean done() {
        return status() == MigrationStatus.DONE;
    }
}
