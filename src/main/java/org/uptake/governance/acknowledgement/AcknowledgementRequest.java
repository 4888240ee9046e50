package org.uptake.governance.acknowledgement;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import java.util.List;

/**
 * Who is asked to acknowledge: named people, the members of a group, the people of a unit and
 * its sub-units — any combination — and by when.
 */
public record AcknowledgementRequest(List<Long> personIds, Long groupId, Long unitId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn) {

    public AcknowledgementRequest {
        personIds = personIds == null ? List.of() : personIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
