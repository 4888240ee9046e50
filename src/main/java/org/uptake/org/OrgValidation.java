package org.uptake.org;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.uptake.shared.Languages;
import org.uptake.shared.error.InvalidInputException;

/** Checks shared by the forms and the imports of the organisation model. */
public final class OrgValidation {

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
