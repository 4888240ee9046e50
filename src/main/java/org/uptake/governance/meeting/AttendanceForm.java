package org.uptake.governance.meeting;

import java.util.List;

/** The members present; every other member is recorded as absent. */
public record AttendanceForm(List<Long> presentPersonIds, int version) {

    public AttendanceForm {
        presentPersonIds = presentPersonIds == null ? List.of() : presentPersonIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
