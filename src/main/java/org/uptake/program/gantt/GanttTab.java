package org.uptake.program.gantt;

import org.springframework.stereotype.Component;
import org.uptake.program.ProgramTab;

/** The Gantt chart as a tab of the program page. */
@Component
class GanttTab implements ProgramTab {

    @Override
    public String key() {
        return "gantt";
    }

    @Override
    public String messageKey() {
        return "program.tab.gantt";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String path(long programId) {
        return "/programs/" + programId + "/gantt";
    }
}
