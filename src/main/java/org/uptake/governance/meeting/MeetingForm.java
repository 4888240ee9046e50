package org.uptake.governance.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Schedules a meeting or changes its date, place and agenda. */
public record MeetingForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn, @Size(max = 300) String place,
                          @NotBlank @Size(max = 8000) String agenda, int version) {
}
