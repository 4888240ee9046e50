package org.uptake.governance.document;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import java.util.List;

/**
 * One step of the lifecycle: the approvers when sending for sign-off; the number and date when
 * registering; the day it comes into force; a reason when cancelling. Always with the version seen.
 */
public record LifecycleForm(List<Long> approverPersonIds, @Size(max = 64) String number, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                            @Size(max = 1000) String reason, int version) {

    public LifecycleForm {
        approverPersonIds = approverPersonIds == null ? List.of() : approverPersonIds.stream().filter(java.util.Objects::nonNull).toList();
    }
}
