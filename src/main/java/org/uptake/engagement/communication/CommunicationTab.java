package org.uptake.engagement.communication;

import org.springframework.stereotype.Component;
import org.uptake.program.ProgramTab;

/** The communication plan (calendar and items) as a tab of the program page, for everyone who reads the program. */
@Component
class CommunicationTab implements ProgramTab {

    @Override
    public String key() {
        return "communications";
    }

    @Override
    public String messageKey() {
        return "program.tab.communications";
    }

    @Override
    public int order() {
        return 310;
    }

    @Override
    public String path(long programId) {
        return "/programs/" + programId + "/communications";
    }
}
