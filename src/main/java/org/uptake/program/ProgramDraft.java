package org.uptake.program;

import java.time.LocalDate;
import java.util.List;

/** Everything a new program starts with, as the setup (from a playbook) has checked it. */
public record ProgramDraft(String name, ProgramSubject subject, String description, String strategy, String objective,
                           LocalDate startDate, String language, Long playbookId, Long playbookVersionId,
                           Integer playbookVersionNumber, List<Long> unitIds, List<TeamSeat> team, List<GoalDraft> goals) {

    public ProgramDraft {
        unitIds = List.copyOf(unitIds);
        team = List.copyOf(team);
        goals = List.copyOf(goals);
    }

    /** A person in a program role. */
    public record TeamSeat(long personId, ProgramRole role) {
    }

    public record GoalDraft(String statement, Long internalCustomerPersonId) {
    }
}
