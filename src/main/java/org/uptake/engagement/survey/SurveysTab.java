package org.uptake.engagement.survey;

import org.springframework.stereotype.Component;
import org.uptake.program.ProgramTab;

/** The program's surveys as a tab of the program page. */
@Component
class SurveysTab implements ProgramTab {

    @Override
    public String key() {
        return "surveys";
    }

    @Override
    public String messageKey() {
        return "program.tab.surveys";
    }

    @Override
    public int order() {
        return 310;
    }

    @Override
    public String path(long programId) {
        return "/programs/" + programId + "/surveys";
    }
}
