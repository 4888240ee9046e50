package org.uptake.program;

import org.springframework.stereotype.Component;

/** The program page itself: goals, objective, team, scope, checklists. */
@Component
class OverviewTab implements ProgramTab {

    @Override
    public String key() {
        return "overview";
    }

    @Override
    public String messageKey() {
        return "program.tab.overview";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public String path(long programId) {
        return "/programs/" + programId;
    }
}
