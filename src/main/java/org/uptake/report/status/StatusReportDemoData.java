package org.uptake.report.status;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.uptake.shared.demo.DemoContext;
import org.uptake.shared.demo.DemoDataContributor;
import org.uptake.shared.demo.DemoSize;

/**
 * Two weekly status reports of the live demo program (the weeks before this one and before that), generated
 * last because they read every other module's demo records. The figures of both are today's: the demo has no
 * history of its own to replay, which is exactly why stored reports are snapshots.
 */
@Component
class StatusReportDemoData implements DemoDataContributor {

    private final StatusReportService reports;

    StatusReportDemoData(StatusReportService reports) {
        this.reports = reports;
    }

    @Override
    public int order() {
        return 950;
    }

    @Override
    public void contribute(DemoContext context) {
        Long program = context.id("program.p1");
        if (context.size() == DemoSize.NONE || program == null) {
            return;
        }
        LocalDate today = LocalDate.now();
        reports.generateScheduled(context.organizationId(), program, Cadence.WEEKLY, today.minusWeeks(1));
        reports.generateScheduled(context.organizationId(), program, Cadence.WEEKLY, today);
    }
}
