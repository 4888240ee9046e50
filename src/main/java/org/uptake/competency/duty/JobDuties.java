package org.uptake.competency.duty;

import java.util.List;

/**
 * A position's job duties as generated now from the specifications, with the warnings about them,
 * the processes whose provisional executors still block issuing them, and the latest issued revision.
 */
public record JobDuties(long positionId, String positionTitle, List<JobDuty> rows, List<DutyWarning> warnings,
                        List<String> blockedBy, DutyRevision latest, int version) {

    public JobDuties {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
        blockedBy = List.copyOf(blockedBy);
    }

    public boolean blocked() {
        return !blockedBy.isEmpty();
    }
}
