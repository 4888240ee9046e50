package org.uptake.engagement.home;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A role change text as the editor or an API client writes it; {@code version} guards against overwriting. */
public record RoleChangeForm(@NotNull Long positionId, @NotBlank @Pattern(regexp = "[a-z]{2}") String language,
                             @NotBlank @Size(max = 20000) String text, int version) {
}
