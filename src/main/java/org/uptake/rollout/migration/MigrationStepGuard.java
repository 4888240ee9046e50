package org.uptake.rollout.migration;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.uptake.program.plan.Task;
import org.uptake.program.plan.TaskStartGuard;
import org.uptake.shared.Actor;
import org.uptake.shared.error.Violation;

/**
 * P5's hard rule "migrate only after a backup and a test" (seed S2:992) on the plan: when a P5 program keeps
 * data migration records, its migration steps are done only when every record shows that step's evidence —
 * the backup, a passed test before, the migration itself (which needs both), a passed test after.
 */
@Component
class MigrationStepGuard implements TaskStartGuard {

    /** P5's step keys (program_task.source_key) and what each asks of every migration record. */
    static final Map<String, MigrationStep> STEPS = Map.of("backup", MigrationStep.BACKUP, "test-before", MigrationStep.TEST_BEFORE,
            "migrate", MigrationStep.MIGRATE, "test-after", MigrationStep.TEST_AFTER);

    private static final int NAMED = 5;

    private final MigrationRepository repository;

    MigrationStepGuard(MigrationRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<Violation> check(Actor actor, Task task) {
        return List.of();
    }

    @Override
    public List<Violation> checkCompletion(Actor actor, Task task) {
        MigrationStep step = task.sourceKey() == null ? null : STEPS.get(task.sourceKey());
        if (step == null || !repository.fromP5(actor.organizationId(), task.programId())) {
            return List.of();
        }
        List<String> missing = repository.list(actor.organizationId(), task.programId(), null, MigrationService.MAX_LIST).stream()
                .filter(evidenceOf(step).negate()).map(Migration::sourceSystem).toList();
        if (missing.isEmpty()) {
            return List.of();
        }
        String names = String.join(", ", missing.subList(0, Math.min(NAMED, missing.size())));
        return List.of(Violation.of(null, "rollout.error.migrationStepEvidence." + step.name(), names, missing.size()));
    }

    private static Predicate<Migration> evidenceOf(MigrationStep step) {
        return switch (step) {
            case BACKUP -> m -> m.backup().recorded();
            case TEST_BEFORE -> m -> m.testBefore().passed();
            case MIGRATE -> m -> m.migrated().recorded();
            case TEST_AFTER -> Migration::done;
        };
    }
}
