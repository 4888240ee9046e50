package org.uptake.support.web;

import org.springframework.stereotype.Component;
import org.uptake.program.ProgramTab;

/** The program's problems as a tab of the program page: the problem list filtered to the program. */
@Component
class ProblemsTab implements ProgramTab {

    @Override
    public String key() {
        return "problems";
    }

    @Override
    public String messageKey() {
        return "program.tab.problems";
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public String path(long programId) {
        return "/problems?programId=" + programId;
    }
}
