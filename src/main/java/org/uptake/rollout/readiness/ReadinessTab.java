package org.uptake.rollout.readiness;

import org.springframework.stereotype.Component;
import org.uptake.program.ProgramTab;

/** The readiness board as a tab of the program page. */
@Component
class ReadinessTab implements ProgramTab {

    @Override
    public String key() {
        return "readiness";
    }

    @Override
    public String messageKey() {
        return "program.tab.readiness";
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    public String path(long programId) {
        return "/programs/" + programId + "/readiness";
    }
}
