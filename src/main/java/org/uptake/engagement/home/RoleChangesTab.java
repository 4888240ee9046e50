package org.uptake.engagement.home;

import org.springframework.stereotype.Component;
import org.uptake.program.ProgramTab;

/** "What changes for each role" as a tab of the program page. */
@Component
class RoleChangesTab implements ProgramTab {

    @Override
    public String key() {
        return "role-changes";
    }

    @Override
    public String messageKey() {
        return "program.tab.roleChanges";
    }

    @Override
    public int order() {
        return 320;
    }

    @Override
    public String path(long programId) {
        return "/programs/" + programId + "/role-changes";
    }
}
