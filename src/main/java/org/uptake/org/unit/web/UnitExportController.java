package org.uptake.org.unit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.uptake.org.unit.UnitExport;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.exporting.Downloads;
import org.uptake.shared.exporting.ExportFormat;

/** The unit tree as CSV or XLSX; unit heads get their subtree. */
@Controller
class UnitExportController {

    private final UnitExport export;

    UnitExportController(UnitExport export) {
        this.export = export;
    }

    @GetMapping("/exports/units.csv")
    void csv(HttpServletResponse response) {
        send(ExportFormat.CSV, response);
    }

    @GetMapping("/exports/units.xlsx")
    void xlsx(HttpServletResponse response) {
        send(ExportFormat.XLSX, response);
    }

    private void send(ExportFormat format, HttpServletResponse response) {
        List<List<Object>> rows = export.rows(CurrentActor.get());
        Downloads.send(response, format, "units", export.columns(), rows);
    }
}
