package org.uptake.rollout.checklist;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A template item as a coordinator enters it: category, title, default owner, due so many days before go-live. */
public record TemplateItemForm(@NotNull Category category, @NotBlank @Size(max = 300) String title, Long ownerPersonId,
                               @NotNull @Min(0) @Max(365) Integer dueDaysBefore, int version) {
}
