package org.uptake.program.plan;

import org.springframework.stereotype.Component;
import org.uptake.program.ProgramTab;

/** The plan as a tab of the program page. */
@Component
class PlanTab implements ProgramTab {

    @Override
    public String key() {
        return "plan";
    }

    @Override
    public String messageKey() {
        return "program.tab.plan";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String path(long programId) {
        return "/programs/" + programId + "/plan";
    }
}
