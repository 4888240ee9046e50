package org.uptake.governance.act;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A legal act as the register records it; the link, when given, must be http(s). */
public record LegalActForm(@NotBlank @Size(max = 500) String title, @Size(max = 100) String level,
                           @Size(max = 100) String number, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adoptedOn,
                           @Size(max = 1000) @Pattern(regexp = "(https?://\\S+)?") String referenceUrl,
                           @Size(max = 4000) String note, Long studiedById) {
}
