package org.uptake.shared.importing;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.files.FileStore;

/**
 * The apply: in ONE transaction, lock the organisation against a parallel import, read the
 * stored file again, check it again against today's data, and only if no row has a problem,
 * write everything and mark the job APPLIED. Any failure rolls the whole transaction back and
 * the job records why — nothing is ever half-imported.
 */
@Component
class ImportExecution {

    private static final Logger log = LoggerFactory.getLogger(ImportExecution.class);

    private final ImportJobRepository jobs;
    private final FileStore files;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final TransactionTemplate ownTransaction;

    ImportExecution(ImportJobRepository jobs, FileStore files, AuditLog audit, PlatformTransactionManager transactions) {
        this.jobs = jobs;
        this.files = files;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs a claimed (APPLYING) job to its end: APPLIED, REJECTED or FAILED. */
    void run(Actor actor, ImportJob job, ImportKind<?, ?> kind) {
        var progress = new JobProgress(jobs, ownTransaction, job.id());
        long start = System.nanoTime();
        try {
            long[] checked = new long[1];
            transaction.executeWithoutResult(s -> write(actor, job, kind, progress, checked));
            long end = System.nanoTime();
            log.info("Import {} ({}) applied: {} rows in {} ms (checking again {} ms, writing and committing {} ms)", job.id(),
                    job.kind(), job.totalRows(), (end - start) / 1_000_000, (checked[0] - start) / 1_000_000,
                    (end - checked[0]) / 1_000_000);
        } catch (ChangedSincePreview e) {
            ownTransaction.executeWithoutResult(s -> jobs.rejectedOnApply(job.id(), e.outcome));
        } catch (StaleVersionException | DataIntegrityViolationException | ConcurrencyFailureException e) {
            log.info("Import {} met a conflicting change and wrote nothing: {}", job.id(), e.getMessage());
            ownTransaction.executeWithoutResult(s -> jobs.failed(job.id(), "import.error.conflict"));
        } catch (InvalidInputException e) {
            ownTransaction.executeWithoutResult(s -> jobs.failed(job.id(), e.violations().getFirst().code()));
        } catch (RuntimeException e) {
            log.error("Import {} failed and wrote nothing", job.id(), e);
            ownTransaction.executeWithoutResult(s -> jobs.failed(job.id(), "import.error.unexpected"));
        }
    }

    private <S, R> void write(Actor actor, ImportJob job, ImportKind<S, R> kind, JobProgress progress, long[] checkedAt) {
        jobs.lockOrganization(actor.organizationId());
        long fileId = jobs.fileId(actor.organizationId(), job.id()).orElseThrow();
        byte[] bytes = files.content(actor, fileId);
        progress.phase("CHECKING");
        ImportTable table = SpreadsheetReader.read(bytes, kind.columns());
        ImportPlan<S, R> plan = ImportPlan.check(actor, kind, table, progress);
        CheckOutcome outcome = plan.outcome();
        if (outcome.hasErrors()) {
            throw new ChangedSincePreview(outcome);
        }
        checkedAt[0] = System.nanoTime();
        progress.phase("WRITING");
        plan.apply(actor, progress);
        jobs.applied(job.id(), outcome);
        audit.action(actor, ImportService.ENTITY, job.id(), "applied", Map.of("kind", job.kind(),
                "created", outcome.creates(), "updated", outcome.updates(), "unchanged", outcome.unchanged()));
    }

    /** The data changed between the preview and the apply so that some row no longer passes. */
    private static final class ChangedSincePreview extends RuntimeException {
        final transient CheckOutcome outcome;

        ChangedSincePreview(CheckOutcome outcome) {
            super("rows no longer pass the check", null, false, false);
            this.outcome = outcome;
        }
    }
}
