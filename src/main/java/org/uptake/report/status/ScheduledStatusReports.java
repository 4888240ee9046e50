package org.uptake.report.status;

import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Generates the scheduled status reports every morning on one node (ShedLock); a program whose report of
 * the last full period exists already is skipped, and the database refuses a second one for the same period.
 * One program's failure does not stop the others. {@link #run(LocalDate)} is what tests call.
 */
@Component
public class ScheduledStatusReports {

    private static final Logger log = LoggerFactory.getLogger(ScheduledStatusReports.class);

    private final StatusReportRepository reports;
    private final StatusReportService service;

    ScheduledStatusReports(StatusReportRepository reports, StatusReportService service) {
        this.reports = reports;
        this.service = service;
    }

    @Scheduled(cron = "${uptake.report.status-cron:0 15 5 * * *}")
    @SchedulerLock(name = "report-status-reports", lockAtMostFor = "PT30M")
    public void daily() {
        int generated = run(LocalDate.now());
        if (generated > 0) {
            log.info("Status reports: {} generated", generated);
        }
    }

    public int run(LocalDate today) {
        int generated = 0;
        for (StatusReportRepository.Scheduled s : reports.scheduled()) {
            try {
                if (service.generateScheduled(s.organizationId(), s.programId(), s.cadence(), today).isPresent()) {
                    generated++;
                }
            } catch (RuntimeException e) {
                log.warn("Status report of program {} failed: {}", s.programId(), e.toString());
            }
        }
        return generated;
    }
}
