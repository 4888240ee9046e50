package org.uptake.report.closure;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.uptake.report.backlog.BacklogService;
import org.uptake.report.wheel.WheelService;
import org.uptake.shared.audit.RecordLinks;

/** Audit log links: the closure records are kept per program, so each entry leads to the program's page of it. */
@Component
class ClosureRecordLinks implements RecordLinks {

    @Override
    public Map<String, String> paths() {
        return Map.of(EvaluationService.ENTITY, "/programs/{id}/evaluation", FinalReportService.ENTITY, "/programs/{id}/final-report",
                HandoverService.ENTITY, "/programs/{id}/handover", BacklogService.ENTITY, "/programs/{id}/backlog",
                WheelService.ENTITY, "/programs/{id}/wheel");
    }
}
