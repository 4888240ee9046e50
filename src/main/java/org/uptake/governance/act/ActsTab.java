package org.uptake.governance.act;

import org.springframework.stereotype.Component;
import org.uptake.program.ProgramTab;

/** The program's governance: its working groups and documents, the legal acts it relies on and the local acts it changes. */
@Component
class ActsTab implements ProgramTab {

    @Override
    public String key() {
        return "governance";
    }

    @Override
    public String messageKey() {
        return "governance.tab";
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    public String path(long programId) {
        return "/programs/" + programId + "/governance";
    }
}
