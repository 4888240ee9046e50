package org.uptake.report.dashboard;

import org.springframework.stereotype.Component;
import org.uptake.program.ProgramTab;

/** The live dashboard as a tab of the program page, right after the overview. */
@Component
class DashboardTab implements ProgramTab {

    @Override
    public String key() {
        return "dashboard";
    }

    @Override
    public String messageKey() {
        return "report.dashboard.tab";
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public String path(long programId) {
        return "/programs/" + programId + "/dashboard";
    }
}
