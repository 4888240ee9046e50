package org.uptake.measure;

import org.springframework.stereotype.Component;
import org.uptake.program.ProgramTab;

/** The KPIs as a tab of the program page. */
@Component
class KpiTab implements ProgramTab {

    @Override
    public String key() {
        return "kpis";
    }

    @Override
    public String messageKey() {
        return "kpi.tab";
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public String path(long programId) {
        return "/programs/" + programId + "/kpis";
    }
}
