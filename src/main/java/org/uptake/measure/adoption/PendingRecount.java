package org.uptake.measure.adoption;

import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recounts the units and days that batches marked since the last recount. A batch only marks them, so
 * ingest stays cheap however many days its events span; this job does the counting every few seconds
 * (once across nodes), and a read of a program's figures does it first for that program, so a page
 * always includes every accepted event.
 */
@Component
class PendingRecount {

    private final AdoptionRepository adoption;
    private final TransactionTemplate transaction;

    PendingRecount(AdoptionRepository adoption, TransactionTemplate transaction) {
        this.adoption = adoption;
        this.transaction = transaction;
    }

    /** One program's marked units and days, taken and recounted in one transaction (a failure leaves them marked). */
    void recount(long organizationId, long programId) {
        transaction.executeWithoutResult(status -> {
            List<Object[]> dirty = adoption.takeDirty(programId);
            if (!dirty.isEmpty()) {
                adoption.recount(organizationId, programId, adoption.activeDays(programId),
                        dirty.stream().map(d -> (Long) d[0]).toArray(Long[]::new),
                        dirty.stream().map(d -> (LocalDate) d[1]).toArray(LocalDate[]::new));
            }
        });
    }

    @Scheduled(fixedDelayString = "${uptake.adoption.recount-ms:5000}")
    @SchedulerLock(name = "adoption-recount", lockAtMostFor = "PT10M")
    public void everyFewSeconds() {
        adoption.dirtyPrograms().forEach(p -> recount(p[1], p[0]));
    }
}
