package org.uptake.shared.error;

import java.io.Serializable;
import java.util.List;

/**
 * One reason why input was refused: the field it concerns (or {@code null} for the whole
 * record), a message key from the bundles and its arguments, so each user reads it in their language.
 * Serializable because it also travels as a flash message through the (database-stored) session.
 */
public record Violation(String field, String code, List<Object> args) implements Serializable {
    public Violation {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Violation of(String field, String code, Object... args) {
        return new Violation(field, code, List.of(args));
    }
}
