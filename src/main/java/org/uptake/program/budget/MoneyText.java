package org.uptake.program.budget;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Amounts as pages show them, in the reader's locale with the currency's decimals ("1 234,50 EUR");
 * templates call it as {@code @moneyText.format(minor, currency)}.
 */
@Component("moneyText")
public class MoneyText {

    /** The currencies offered when a budget's currency is chosen (any ISO 4217 code may be typed in the API). */
    public static final List<String> COMMON = List.of("EUR", "RUB", "NOK", "CHF", "USD", "GBP", "SEK", "DKK", "PLN", "CZK",
            "KZT", "BYN", "UAH");

    public String format(long minor, String currency) {
        return format(minor, currency, LocaleContextHolder.getLocale());
    }

    public String format(Money money) {
        return format(money.minor(), money.currency());
    }

    /** A plain number for an input field ("1234.50"), so what the page shows can be sent back unchanged. */
    public String plain(Long minor, String currency) {
        return minor == null ? "" : new Money(minor, currency).major().toPlainString();
    }

    public List<String> common() {
        return COMMON;
    }

    static String format(long minor, String currency, Locale locale) {
        if (currency == null) {
            return Long.toString(minor);
        }
        Currency c = Money.currencyOf(currency);
        int digits = c == null ? 2 : c.getDefaultFractionDigits();
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMinimumFractionDigits(digits);
        number.setMaximumFractionDigits(digits);
        return number.format(new Money(minor, currency).major()) + " " + currency;
    }
}
