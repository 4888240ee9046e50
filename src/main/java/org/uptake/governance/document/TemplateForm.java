package org.uptake.governance.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A template as an admin writes it; the body is checked against {@link TemplateVocabulary}. */
public record TemplateForm(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "{validation.code}") String code,
                           @NotNull DocumentKind kind,
                           @NotBlank @Pattern(regexp = "[a-z]{2}") String language,
                           @NotBlank @Pattern(regexp = "[A-Z]{2,3}") String jurisdiction,
                           @NotBlank @Size(max = 300) String title,
                           @NotBlank @Size(max = 200000) String body,
                           @Size(max = 1000) String note, int version) {
}
