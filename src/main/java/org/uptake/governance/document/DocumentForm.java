package org.uptake.governance.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A document draft: the template, a title, the records to fill it from, and the values of the
 * template's {@code field.*} placeholders (the city of issue, deadlines…).
 */
public record DocumentForm(@NotNull Long templateId, @NotBlank @Size(max = 300) String title, Long programId, Long groupId,
                           Long meetingId, Long signatoryId, Long supersedesId, Map<String, String> fields, int version) {

    public DocumentForm {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }
}
