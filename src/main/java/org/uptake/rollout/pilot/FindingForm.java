package org.uptake.rollout.pilot;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A finding as reported or updated (status and fix) through the page or the API. */
public record FindingForm(@NotNull FindingKind kind, @NotNull Severity severity, @NotBlank @Size(max = 300) String title,
                          @Size(max = 4000) String description, FindingStatus status, @Size(max = 4000) String fix,
                          int version) {

    public FindingStatus statusOrOpen() {
        return status == null ? FindingStatus.OPEN : status;
    }

    public String fixText() {
        return fix == null || fix.isBlank() ? null : fix.strip();
    }
}
