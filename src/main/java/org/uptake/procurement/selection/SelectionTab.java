package org.uptake.procurement.selection;

import org.springframework.stereotype.Component;
import org.uptake.program.ProgramTab;

/** Vendor selection as a tab of the program page, next to the procurement tab. */
@Component
class SelectionTab implements ProgramTab {

    @Override
    public String key() {
        return "selections";
    }

    @Override
    public String messageKey() {
        return "selection.tab";
    }

    @Override
    public int order() {
        return 660;
    }

    @Override
    public String path(long programId) {
        return "/programs/" + programId + "/selections";
    }
}
