package org.uptake.procurement.web;

import java.util.Locale;
import org.uptake.shared.error.InvalidInputException;

/** The two files the requirements document exports to. */
enum DocumentFormat {
    PDF("application/pdf"), DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    final String contentType;

    DocumentFormat(String contentType) {
        this.contentType = contentType;
    }

    String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    static DocumentFormat of(String text) {
        for (DocumentFormat f : values()) {
            if (f.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return f;
            }
        }
        throw new InvalidInputException("format", "procurement.error.format", String.valueOf(text));
    }
}
