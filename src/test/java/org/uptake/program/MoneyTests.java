package org.uptake.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uptake.program.budget.Money;
import org.uptake.shared.error.InvalidInputException;

/** Amounts are read as people type them, kept exactly in minor units, and refused when they cannot be. */
class MoneyTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1234.50|EUR|123450", "1 234,50|EUR|123450", "1.234,5|EUR|123450", "1,234.50|EUR|123450", "1234|EUR|123400",
        "1.234.567|RUB|123456700", "1,234|EUR|123400", "12.345|EUR|1234500", "0.5|EUR|50", "1500|JPY|1500", "1,234|KWD|1234", "12 500 000|NOK|1250000000"})
    void readsAmountsAsPeopleTypeThem(String text, String currency, long minor) {
        assertThat(Money.parseMinor("amount", text, currency, false)).isEqualTo(minor);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-5|EUR|budget.error.negative", "12.3456|EUR|budget.error.decimals", "1.5|JPY|budget.error.decimals",
        "abc|EUR|budget.error.amount", "1e5|EUR|budget.error.amount", "=1+1|EUR|budget.error.amount",
        "99999999999999999|EUR|budget.error.amount", "10|XYZ|budget.error.currencyUnknown", "10|XAU|budget.error.currencyUnknown",
        "' '|EUR|budget.error.amountRequired"})
    void refusesWhatIsNotAnAmountOfTheCurrency(String text, String currency, String code) {
        assertThatThrownBy(() -> Money.parseMinor("amount", text, currency, false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().getFirst().code()).isEqualTo(code));
    }

    @Test
    void aCorrectionMayBeNegativeWhereThatIsAllowed() {
        assertThat(Money.parseMinor("amount", "-12,30", "EUR", true)).isEqualTo(-1230);
    }

    @Test
    void showsTheAmountWithTheCurrencysDecimals() {
        assertThat(new Money(123450, "EUR").major().toPlainString()).isEqualTo("1234.50");
        assertThat(new Money(1500, "JPY").major().toPlainString()).isEqualTo("1500");
    }
}
