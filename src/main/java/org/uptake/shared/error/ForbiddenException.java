package org.uptake.shared.error;

/** The actor is known but their roles do not allow this action. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String action) {
        super("Not allowed: " + action);
    }
}
