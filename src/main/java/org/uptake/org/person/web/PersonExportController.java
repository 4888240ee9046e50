package org.uptake.org.person.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.uptake.org.person.PersonExport;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.exporting.Downloads;
import org.uptake.shared.exporting.ExportFormat;

/** The people directory as CSV or XLSX, limited to what the actor may see. */
@Controller
class PersonExportController {

    private final PersonExport export;

    PersonExportController(PersonExport export) {
        this.export = export;
    }

    @GetMapping("/exports/people.csv")
    void csv(HttpServletResponse response) {
        send(ExportFormat.CSV, response);
    }

    @GetMapping("/exports/people.xlsx")
    void xlsx(HttpServletResponse response) {
        send(ExportFormat.XLSX, response);
    }

    private void send(ExportFormat format, HttpServletResponse response) {
        List<List<Object>> rows = export.rows(CurrentActor.get());
        Downloads.send(response, format, "people", export.columns(), rows);
    }
}
