package org.uptake.report.closure;

import org.springframework.stereotype.Component;
import org.uptake.program.ProgramTab;

/** "Closure" on the program page: evaluation, final report, handover, backlog and the annual wheel. */
@Component
class ClosureTab implements ProgramTab {

    @Override
    public String key() {
        return "closure";
    }

    @Override
    public String messageKey() {
        return "closure.tab";
    }

    @Override
    public int order() {
        return 650;
    }

    @Override
    public String path(long programId) {
        return "/programs/" + programId + "/evaluation";
    }
}
