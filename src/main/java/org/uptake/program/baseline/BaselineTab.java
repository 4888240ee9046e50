package org.uptake.program.baseline;

import org.springframework.stereotype.Component;
import org.uptake.program.ProgramTab;

/** Baselines, variance and burn-down as a tab of the program page. */
@Component
class BaselineTab implements ProgramTab {

    @Override
    public String key() {
        return "baselines";
    }

    @Override
    public String messageKey() {
        return "program.tab.baselines";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String path(long programId) {
        return "/programs/" + programId + "/baselines";
    }
}
