package org.uptake.rollout.wave;

import org.springframework.stereotype.Component;
import org.uptake.program.ProgramTab;

/** The rollout's waves as a tab of the program page. */
@Component
class WavesTab implements ProgramTab {

    @Override
    public String key() {
        return "waves";
    }

    @Override
    public String messageKey() {
        return "program.tab.waves";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String path(long programId) {
        return "/programs/" + programId + "/waves";
    }
}
