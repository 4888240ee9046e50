package org.uptake.program.planio.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.program.planio.PlanExportService;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.exporting.Downloads;
import org.uptake.shared.exporting.ExportFormat;

@Tag(name = "Plan files", description = "A plan as CSV/XLSX in the columns the `plan` import kind reads (POST /api/v1/imports/plan)")
@RestController
@RequestMapping("/api/v1/programs/{programId}/plan")
class PlanIoApiController {

    private final PlanExportService exports;

    PlanIoApiController(PlanExportService exports) {
        this.exports = exports;
    }

    @GetMapping("/export")
    @Operation(summary = "The plan as CSV (default) or XLSX: program, key, phase, title, owner, start, duration_days, finish, due, "
            + "milestone, status, completion_criterion, effort_hours, predecessors — import it back with the `plan` import kind")
    void export(@PathVariable long programId, @RequestParam(defaultValue = "CSV") ExportFormat format, HttpServletResponse response) {
        var rows = exports.rows(CurrentActor.get(), programId);
        Downloads.send(response, format, "plan-" + programId, exports.header(), rows);
    }
}
