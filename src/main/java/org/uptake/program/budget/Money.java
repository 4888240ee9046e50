package org.uptake.program.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import org.uptake.shared.error.InvalidInputException;

/**
 * An amount in minor units (cents, kopecks, øre) with its ISO 4217 currency — never a float, so sums
 * are exact. Reading what a person typed accepts "1 234,50", "1,234.50" and "1234.5" alike.
 */
public record Money(long minor, String currency) {

    /** The currency if it is a real ISO 4217 money currency (not a metal or fund without minor units), else null. */
    public static Currency currencyOf(String code) {
        if (code == null || !code.matches("[A-Za-z]{3}")) {
            return null;
        }
        try {
            Currency c = Currency.getInstance(code.toUpperCase(Locale.ROOT));
            return c.getDefaultFractionDigits() < 0 ? null : c;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The amount as a decimal number of the currency's major units (12345 EUR minor → 123.45). */
    public BigDecimal major() {
        Currency c = currencyOf(currency);
        return BigDecimal.valueOf(minor, c == null ? 2 : c.getDefaultFractionDigits());
    }

    /**
     * Reads an amount typed into a page in the given currency. Refuses text that is not a number, more
     * decimals than the currency has, and (unless {@code negativeAllowed}) a negative amount.
     */
    public static long parseMinor(String field, String text, String currency, boolean negativeAllowed) {
        Currency c = currencyOf(currency);
        if (c == null) {
            throw new InvalidInputException("currency", "budget.error.currencyUnknown", String.valueOf(currency));
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "budget.error.amountRequired");
        }
        BigDecimal value = decimal(field, text, c.getDefaultFractionDigits());
        if (value.signum() < 0 && !negativeAllowed) {
            throw new InvalidInputException(field, "budget.error.negative");
        }
        int digits = c.getDefaultFractionDigits();
        if (value.stripTrailingZeros().scale() > digits) {
            throw new InvalidInputException(field, "budget.error.decimals", c.getCurrencyCode(), digits);
        }
        try {
            return value.setScale(digits, RoundingMode.UNNECESSARY).movePointRight(digits).longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException(field, "budget.error.tooLarge");
        }
    }

    /**
     * The last '.' or ',' is the decimal mark, unless three digits follow it and they cannot be decimals
     * (the currency has fewer, or the same mark repeats as in "1.234.567"): then every mark groups.
     */
    private static BigDecimal decimal(String field, String text, int digits) {
        String s = text.strip().replaceAll("[\\s\\u00a0\\u202f'’]", "");
        int mark = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
        String normal;
        if (mark < 0) {
            normal = s;
        } else {
            char m = s.charAt(mark);
            char other = m == '.' ? ',' : '.';
            String after = s.substring(mark + 1);
            boolean grouping = after.length() == 3 && s.indexOf(other) < 0 && (digits < 3 || s.indexOf(m) != mark);
            String before = s.substring(0, mark).replace(".", "").replace(",", "");
            normal = grouping ? before + after : before + "." + after;
        }
        if (!normal.matches("-?\\d{1,16}(\\.\\d{0,6})?")) {
            throw new InvalidInputException(field, "budget.error.amount");
        }
        return new BigDecimal(normal);
    }
}
