package org.uptake.rollout.gate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A gate decision as the coordinator records it; a conditional go carries its conditions (text, owner, due date). */
public record DecisionForm(@NotNull Outcome outcome, @Size(max = 4000) String note,
                           @Size(max = 20) List<@Valid Condition> conditions) {

    public DecisionForm {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    public record Condition(@NotBlank @Size(max = 300) String text, @NotNull Long ownerPersonId, @NotNull LocalDate dueDate) {
    }
}
