package org.uptake.program.budget;

import org.springframework.stereotype.Component;
import org.uptake.program.ProgramTab;

/** Budget and resources as a tab of the program page. */
@Component
class BudgetTab implements ProgramTab {

    @Override
    public String key() {
        return "budget";
    }

    @Override
    public String messageKey() {
        return "program.tab.budget";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String path(long programId) {
        return "/programs/" + programId + "/budget";
    }
}
