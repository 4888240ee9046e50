package org.uptake.training.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * A session as planned: local start and end in {@code timeZone} (an IANA zone such as Europe/Berlin).
 * {@code version} is the one edited (ignored on create).
 */
public record SessionForm(@NotNull Long courseId, @NotNull SessionFormat format, @NotNull LocalDateTime start,
                          @NotNull LocalDateTime end, @NotBlank @Size(max = 64) String timeZone,
                          @Size(max = 300) String place, @Size(max = 100) String room, @Size(max = 1000) String link,
                          Long trainerPersonId, @Min(1) @Max(100000) Integer capacity, Integer version) {

    public SessionForm {
        version = version == null ? 0 : version;
    }
}
