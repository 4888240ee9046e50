package org.uptake.shared.error;

import java.util.List;

/** Input that breaks a domain rule. Answered with 400 (API) or inline form errors (pages); nothing is changed. */
public class InvalidInputException extends RuntimeException {
    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String code, Object... args) {
        this(List.of(Violation.of(field, code, args)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
