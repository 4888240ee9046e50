package org.uptake.procurement;

import org.springframework.stereotype.Component;
import org.uptake.program.ProgramTab;

/** The program's procurement: requirements document, systems, integrations, vendors and integrators. */
@Component
class ProcurementTab implements ProgramTab {

    @Override
    public String key() {
        return "procurement";
    }

    @Override
    public String messageKey() {
        return "procurement.tab";
    }

    @Override
    public int order() {
        return 650;
    }

    @Override
    public String path(long programId) {
        return "/programs/" + programId + "/procurement";
    }
}
