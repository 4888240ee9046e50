package org.uptake.report.status;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.uptake.shared.audit.RecordLinks;

/** Audit log links of status reports and of a program's report settings. */
@Component
class StatusReportRecordLinks implements RecordLinks {

    @Override
    public Map<String, String> paths() {
        return Map.of(StatusReportService.ENTITY, "/status-reports/{id}", StatusReportService.SCHEDULE, "/programs/{id}/reports");
    }
}
