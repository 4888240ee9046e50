package org.uptake.procurement.integration;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning, on one node (ShedLock): each integration in use that nobody verified by its due day is
 * announced once per overdue spell as {@link IntegrationVerificationOverdue}; listeners (the problem log)
 * act in the same transaction, so the mark and what they open commit together. {@link #run} is what tests call.
 */
@Component
public class IntegrationChecks {

    private static final Logger log = LoggerFactory.getLogger(IntegrationChecks.class);
    private static final int BATCH = 500;

    private final IntegrationRepository integrations;
    private final ApplicationEventPublisher events;

    IntegrationChecks(IntegrationRepository integrations, ApplicationEventPublisher events) {
        this.integrations = integrations;
        this.events = events;
    }

    @Scheduled(cron = "${uptake.procurement.integration-check-cron:0 15 6 * * *}", zone = "UTC")
    @SchedulerLock(name = "procurement-integration-check", lockAtMostFor = "PT30M")
    public void daily() {
        int reported = run(LocalDate.now(ZoneOffset.UTC));
        if (reported > 0) {
            log.info("Integration check: {} integrations overdue for verification", reported);
        }
    }

    /** Reports every overdue integration not reported yet; returns how many. */
    @Transactional
    public int run(LocalDate today) {
        int reported = 0;
        List<IntegrationRepository.Overdue> batch;
        do {
            batch = integrations.overdueUnreported(today, BATCH);
            for (IntegrationRepository.Overdue o : batch) {
                Integration i = o.integration();
                integrations.markReported(i.id(), today);
                events.publishEvent(new IntegrationVerificationOverdue(o.organizationId(), i.programId(), i.id(), i.systemName(),
                        i.lastVerifiedOn(), i.dueOn()));
                reported++;
            }
        } while (batch.size() == BATCH);
        return reported;
    }
}
