package org.uptake.org;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.uptake.shared.Languages;
import org.uptake.shared.error.InvalidInputException;

/** Checks shared by the forms and the imports of the organisation model. */
public final class OrgValidation {

    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}._-]+");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

    private OrgValidation() {
    }

    public static boolean isZone(String zone) {
        if (zone == null || zone.isBlank()) {
            return false;
        }
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The codes of units and positions: letters, digits, dots, dashes, underscores (as the forms require). */
    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    public static boolean isEmail(String email) {
        return email != null && email.length() <= 254 && EMAIL.matcher(email).matches();
    }

    static void requireZone(String field, String zone) {
        if (!isZone(zone)) {
            throw new InvalidInputException(field, "validation.timeZone", String.valueOf(zone));
        }
    }

    static void requireLanguage(String field, String language) {
        if (!Languages.isSupported(language)) {
            throw new InvalidInputException(field, "validation.language", String.valueOf(language));
        }
    }
}
