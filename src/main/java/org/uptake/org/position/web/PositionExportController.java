package org.uptake.org.position.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.uptake.org.position.PositionExport;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.exporting.Downloads;
import org.uptake.shared.exporting.ExportFormat;

/** Positions as CSV or XLSX. */
@Controller
class PositionExportController {

    private final PositionExport export;

    PositionExportController(PositionExport export) {
        this.export = export;
    }

    @GetMapping("/exports/positions.csv")
    void csv(HttpServletResponse response) {
        send(ExportFormat.CSV, response);
    }

    @GetMapping("/exports/positions.xlsx")
    void xlsx(HttpServletResponse response) {
        send(ExportFormat.XLSX, response);
    }

    private void send(ExportFormat format, HttpServletResponse response) {
        List<List<Object>> rows = export.rows(CurrentActor.get());
        Downloads.send(response, format, "positions", export.columns(), rows);
    }
}
