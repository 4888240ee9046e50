package org.uptake.shared.importing;

/**
 * A column of an import file. Its description is the message {@code import.<kind>.<name>} of the
 * module that declares the kind; {@code example} fills the template's example row.
 */
public record ImportColumn(String name, boolean required, String example) {

    public static ImportColumn required(String name, String example) {
        return new ImportColumn(name, true, example);
    }

    public static ImportColumn optional(String name, String example) {
        return new ImportColumn(name, false, example);
    }

    /** Header cells match ignoring case, spaces, dashes and underscores: "Employee number" is employee_number. */
    static String normalise(String header) {
        StringBuilder sb = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
