package org.uptake.measure.adoption;

import org.springframework.stereotype.Component;
import org.uptake.program.ProgramTab;

/** Adoption as a tab of the program page, after the KPIs. */
@Component
class AdoptionTab implements ProgramTab {

    @Override
    public String key() {
        return "adoption";
    }

    @Override
    public String messageKey() {
        return "adoption.tab";
    }

    @Override
    public int order() {
        return 510;
    }

    @Override
    public String path(long programId) {
        return "/programs/" + programId + "/adoption";
    }
}
