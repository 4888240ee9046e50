package org.uptake.rollout.checklist;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A change to one checklist item: owner, due date, status and the evidence note. */
public record ItemForm(Long ownerPersonId, LocalDate dueDate, @NotNull ItemStatus status,
                       @Size(max = 2000) String evidenceNote, int version) {
}
