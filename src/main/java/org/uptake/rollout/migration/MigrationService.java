package org.uptake.rollout.migration;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.ProgramService;
import org.uptake.program.plan.TaskService;
import org.uptake.rollout.evidence.EvidenceStore;
import org.uptake.rollout.readiness.ReadinessService;
import org.uptake.rollout.wave.WaveService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.files.StoredFile;

/**
 * Data migration records and the gate of playbook P5 (seed S2:992): the data are backed up (evidence: a
 * note or a file) and the new system tested before anything is migrated, and tested again after; only a
 * migration whose test after passed is done. Coordinators run them; readers and the unit's head see them.
 * In a P5 program the plan's migration steps link to the records and wait for their evidence
 * ({@link MigrationStepGuard}).
 */
@Service
public class MigrationService {

    public static final String ENTITY = "rolloutMigration";
    static final int MAX_LIST = 500;

    private final ProgramService programs;
    private final WaveService waves;
    private final ReadinessService readiness;
    private final MigrationRepository repository;
    private final EvidenceStore evidence;
    private final AuditLog audit;
    private final TaskService tasks;

    MigrationService(ProgramService programs, WaveService waves, ReadinessService readiness, MigrationRepository repository,
                     EvidenceStore evidence, AuditLog audit, TaskService tasks) {
        this.tasks = tasks;
        this.programs = programs;
        this.waves = waves;
        this.readiness = readiness;
        this.repository = repository;
        this.evidence = evidence;
        this.audit = audit;
    }

    /** The program's migrations, or those that concern one wave unit (its own and the program-wide ones). */
    public List<Migration> list(Actor actor, long programId, Long waveUnitId) {
        if (waveUnitId == null) {
            programs.requireReader(actor, programId);
        } else {
            waves.unit(actor, programId, waveUnitId);
        }
        return repository.list(actor.organizationId(), programId, waveUnitId, MAX_LIST);
    }

    public Migration get(Actor actor, long programId, long id) {
        Migration m = find(actor, programId, id);
        if (m.waveUnitId() == null) {
            programs.requireReader(actor, programId);
        } else {
            waves.unit(actor, programId, m.waveUnitId());
        }
        return m;
    }

    @Transactional
    public Migration create(Actor actor, long programId, MigrationForm form) {
        programs.requireEditor(actor, programId);
        checkUnit(actor, programId, form.waveUnitId());
        long id = repository.insert(actor.organizationId(), programId, form);
        Migration created = find(actor, programId, id);
        audit.created(actor, ENTITY, id, created);
        if (repository.fromP5(actor.organizationId(), programId)) {
            tasks.linkSteps(actor, programId, MigrationStepGuard.STEPS.keySet(), "rollout", "migrations",
                    "/programs/" + programId + "/rollout/migrations");
        }
        readiness.recompute(actor.organizationId(), programId);
        return created;
    }

    @Transactional
    public Migration update(Actor actor, long programId, long id, MigrationForm form) {
        programs.requireEditor(actor, programId);
        Migration before = find(actor, programId, id);
        if (before.migrated().recorded()) {
            throw new InvalidInputException(null, "rollout.error.migrationStarted");
        }
        checkUnit(actor, programId, form.waveUnitId());
        if (repository.update(actor.organizationId(), id, form) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        Migration after = find(actor, programId, id);
        audit.updated(actor, ENTITY, id, before, after);
        readiness.recompute(actor.organizationId(), programId);
        return after;
    }

    @Transactional
    public void delete(Actor actor, long programId, long id, int version) {
        programs.requireEditor(actor, programId);
        Migration before = find(actor, programId, id);
        if (before.migrated().recorded()) {
            throw new InvalidInputException(null, "rollout.error.migrationStarted");
        }
        if (repository.delete(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.deleted(actor, ENTITY, id, before);
        readiness.recompute(actor.organizationId(), programId);
    }

    /** An evidence file as uploaded with a step. */
    public record Upload(String name, String contentType, byte[] content) {
    }

    /** Records a step with its evidence; refused out of order (migrate only after a backup and a passed test). */
    @Transactional
    public Migration record(Actor actor, long programId, long id, MigrationStep step, StepForm form, Upload upload) {
        programs.requireEditor(actor, programId);
        Migration before = find(actor, programId, id);
        checkStep(before, step, form, upload != null);
        Long fileId = null;
        if (upload != null) {
            StoredFile file = evidence.store(actor, upload.name(), upload.contentType(), upload.content());
            fileId = file.id();
        }
        if (repository.record(actor.organizationId(), id, step, form, fileId, actor.displayName()) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        Migration after = find(actor, programId, id);
        audit.action(actor, ENTITY, id, "step", Map.of("step", step.name(), "result", form.result() == null ? "" : form.result().name(),
                "note", form.note() == null ? "" : form.note(), "status", after.status().name()));
        readiness.recompute(actor.organizationId(), programId);
        return after;
    }

    public record Evidence(StoredFile file, byte[] content) {
    }

    public Evidence evidence(Actor actor, long programId, long id, MigrationStep step) {
        Migration m = get(actor, programId, id);
        Long fileId = switch (step) {
            case BACKUP -> m.backup().fileId();
            case TEST_BEFORE -> m.testBefore().fileId();
            case TEST_AFTER -> m.testAfter().fileId();
            case MIGRATE -> null;
        };
        if (fileId == null) {
            throw new NotFoundException("file", id);
        }
        return new Evidence(evidence.get(actor, fileId), evidence.content(actor, fileId));
    }

    private static void checkStep(Migration m, MigrationStep step, StepForm form, boolean hasFile) {
        boolean test = step == MigrationStep.TEST_BEFORE || step == MigrationStep.TEST_AFTER;
        if (step != MigrationStep.TEST_AFTER && m.migrated().recorded()) {
            throw new InvalidInputException(null, "rollout.error.alreadyMigrated");
        }
        if (test && form.result() == null) {
            throw new InvalidInputException("result", "rollout.error.resultRequired");
        }
        if (step != MigrationStep.MIGRATE && (form.note() == null || form.note().isBlank()) && !hasFile) {
            throw new InvalidInputException("note", "rollout.error.evidenceRequired");
        }
        if (step == MigrationStep.TEST_BEFORE && !m.backup().recorded()) {
            throw new InvalidInputException(null, "rollout.error.backupFirst");
        }
        if (step == MigrationStep.MIGRATE && !m.backup().recorded()) {
            throw new InvalidInputException(null, "rollout.error.backupFirst");
        }
        if (step == MigrationStep.MIGRATE && !m.testBefore().passed()) {
            throw new InvalidInputException(null, "rollout.error.testBeforeFirst");
        }
        if (step == MigrationStep.TEST_AFTER && !m.migrated().recorded()) {
            throw new InvalidInputException(null, "rollout.error.migrateFirst");
        }
    }

    private void checkUnit(Actor actor, long programId, Long waveUnitId) {
        if (waveUnitId == null) {
            return;
        }
        try {
            waves.unitUnchecked(actor.organizationId(), programId, waveUnitId);
        } catch (NotFoundException e) {
            throw new InvalidInputException("waveUnitId", "rollout.error.unknownWaveUnit");
        }
    }

    private Migration find(Actor actor, long programId, long id) {
        return repository.find(actor.organizationId(), programId, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }
}
