package org.uptake.governance.act;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A local act to change: what must change, who is responsible, by when, and the governance document that changes it. */
public record LocalActChangeForm(@NotBlank @Size(max = 500) String title, @NotBlank @Size(max = 4000) String changeNeeded,
                                 Long responsibleId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
                                 Long documentId) {
}
