package org.uptake.training;

import org.springframework.stereotype.Component;
import org.uptake.program.ProgramTab;

/** Courses, sessions and completion as a tab of the program page. */
@Component
class TrainingTab implements ProgramTab {

    @Override
    public String key() {
        return "training";
    }

    @Override
    public String messageKey() {
        return "program.tab.training";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String path(long programId) {
        return "/programs/" + programId + "/training";
    }
}
