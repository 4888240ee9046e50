package org.uptake.engagement.stakeholder;

import org.springframework.stereotype.Component;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramTab;

/** The stakeholder register as a tab of the program page, shown only to those who may read it. */
@Component
class StakeholderTab implements ProgramTab {

    @Override
    public String key() {
        return "stakeholders";
    }

    @Override
    public String messageKey() {
        return "program.tab.stakeholders";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String path(long programId) {
        return "/programs/" + programId + "/stakeholders";
    }

    @Override
    public boolean visibleTo(ProgramAccess access) {
        return StakeholderService.readsRegister(access);
    }
}
