package org.uptake.program.risk;

import org.springframework.stereotype.Component;
import org.uptake.program.ProgramTab;

/** The risk register as a tab of the program page. */
@Component
class RiskTab implements ProgramTab {

    @Override
    public String key() {
        return "risks";
    }

    @Override
    public String messageKey() {
        return "program.tab.risks";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String path(long programId) {
        return "/programs/" + programId + "/risks";
    }
}
