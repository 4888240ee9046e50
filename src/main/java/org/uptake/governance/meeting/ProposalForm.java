package org.uptake.governance.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A question put to the vote; when adopted it may create a task in the group's program. */
public record ProposalForm(@NotBlank @Size(max = 4000) String question, @Size(max = 300) String taskTitle,
                           Long taskOwnerId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate taskDueOn) {
}
