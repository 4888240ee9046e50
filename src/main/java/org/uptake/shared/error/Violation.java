package org.uptake.shared.error;

import java.util.List;

/**
 * One reason why input was refused: the field it concerns (or {@code null} for the whole
 * record), a message key from the bundles and its arguments, so each user reads it in their language.
 */
public record Violation(String field, String code, List<Object> args) {
    public Violation {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Violation of(String field, String code, Object... args) {
        return new Violation(field, code, List.of(args));
    }
}
