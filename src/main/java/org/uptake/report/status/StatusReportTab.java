package org.uptake.report.status;

import org.springframework.stereotype.Component;
import org.uptake.program.ProgramTab;

/** The status reports as a tab of the program page. */
@Component
class StatusReportTab implements ProgramTab {

    @Override
    public String key() {
        return "reports";
    }

    @Override
    public String messageKey() {
        return "report.tab";
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public String path(long programId) {
        return "/programs/" + programId + "/reports";
    }
}
