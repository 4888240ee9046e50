package org.uptake.program.planio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.uptake.shared.importing.ImportRow;

/** Reading the cells of a plan file: dates (2030-03-04 or 04.03.2030), whole numbers, yes/no, lists of keys. */
final class PlanCells {

    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("d.M.uuuu");
    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "x", "да", "ja", "sì", "si");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "нет", "nei", "nein");

    private PlanCells() {
    }

    static LocalDate date(ImportRow row, String column) {
        String v = row.get(column);
        if (v == null) {
            return null;
        }
        try {
            return v.contains(".") ? LocalDate.parse(v, DOTTED) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            row.reject(column, "plan.import.error.date");
            return null;
        }
    }

    static Integer whole(ImportRow row, String column, int min, int max) {
        String v = row.get(column);
        if (v == null) {
            return null;
        }
        try {
            int n = new BigDecimal(v.replace(',', '.')).intValueExact();
            if (n < min || n > max) {
                row.reject(column, "plan.import.error.range", min, max);
                return null;
            }
            return n;
        } catch (NumberFormatException | ArithmeticException e) {
            row.reject(column, "plan.import.error.range", min, max);
            return null;
        }
    }

    static BigDecimal hours(ImportRow row, String column) {
        String v = row.get(column);
        if (v == null) {
            return null;
        }
        try {
            BigDecimal h = new BigDecimal(v.replace(',', '.'));
            if (h.signum() < 0 || h.compareTo(BigDecimal.valueOf(100_000)) > 0 || h.stripTrailingZeros().scale() > 1) {
                row.reject(column, "plan.import.error.effort");
                return null;
            }
            return h;
        } catch (NumberFormatException e) {
            row.reject(column, "plan.import.error.effort");
            return null;
        }
    }

    static Boolean yesNo(ImportRow row, String column) {
        String v = row.get(column);
        if (v == null) {
            return null;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (YES.contains(lower)) {
            return true;
        }
        if (NO.contains(lower)) {
            return false;
        }
        row.reject(column, "plan.import.error.yesNo");
        return null;
    }

    /** Keys separated by commas, semicolons or line breaks; each at most once, in the order given. */
    static List<String> keys(ImportRow row, String column) {
        String v = row.get(column);
        if (v == null) {
            return List.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String part : v.split("[,;\\n|]")) {
            String k = part.strip();
            if (!k.isEmpty()) {
                keys.add(k);
            }
        }
        if (keys.size() > 200) {
            row.reject(column, "plan.import.error.tooManyPredecessors", 200);
        }
        return new ArrayList<>(keys);
    }
}
