package org.uptake.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.Violation;

/**
 * What a new password must be: long enough to resist guessing (length beats symbol rules), not
 * the username in disguise, not one character repeated, and typed the same way twice.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 200;
    private static final int MIN_DISTINCT = 4;

    private PasswordPolicy() {
    }

    /** Throws with every problem at once; {@code confirmation} may be null where a form has no second field. */
    static void require(String password, String confirmation, String username) {
        List<Violation> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH || password.isBlank()
                || password.codePoints().distinct().count() < MIN_DISTINCT) {
            problems.add(Violation.of("password", "account.error.weakPassword", MIN_LENGTH));
        } else if (username != null && username.length() >= 3
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add(Violation.of("password", "account.error.passwordHasUsername"));
        }
        if (confirmation != null && !confirmation.equals(password)) {
            problems.add(Violation.of("confirmPassword", "account.error.passwordMismatch"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
