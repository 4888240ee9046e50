package org.uptake.measure.benefit;

import org.springframework.stereotype.Component;
import org.uptake.program.ProgramTab;

/** The benefits register as a tab of the program page. */
@Component
class BenefitTab implements ProgramTab {

    @Override
    public String key() {
        return "benefits";
    }

    @Override
    public String messageKey() {
        return "benefit.tab";
    }

    @Override
    public int order() {
        return 505;
    }

    @Override
    public String path(long programId) {
        return "/programs/" + programId + "/benefits";
    }
}
