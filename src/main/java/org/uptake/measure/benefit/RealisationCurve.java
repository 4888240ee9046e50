package org.uptake.measure.benefit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A benefit's realisation curve by month: the expected cumulative value rising in a straight line from
 * nothing at the start to the expected value at the due date, and the realised cumulative value up to today.
 */
public record RealisationCurve(List<String> months, List<BigDecimal> expected, List<BigDecimal> realised) {

    static RealisationCurve of(Benefit b, List<Realisation> realisations, LocalDate today) {
        LocalDate first = b.realisationStart().withDayOfMonth(1);
        LocalDate last = b.realisationDue().withDayOfMonth(1);
        for (Realisation r : realisations) {
            if (r.realisedOn().withDayOfMonth(1).isAfter(last)) {
                last = r.realisedOn().withDayOfMonth(1);
            }
        }
        long span = Math.max(1, ChronoUnit.DAYS.between(b.realisationStart(), b.realisationDue()));
        List<String> months = new ArrayList<>();
        List<BigDecimal> expected = new ArrayList<>();
        List<BigDecimal> realised = new ArrayList<>();
        int next = 0;
        BigDecimal sum = BigDecimal.ZERO;
        for (LocalDate m = first; !m.isAfter(last) && months.size() < 240; m = m.plusMonths(1)) {
            LocalDate end = m.plusMonths(1).minusDays(1);
            months.add(m.toString().substring(0, 7));
            long elapsed = Math.min(span, Math.max(0, ChronoUnit.DAYS.between(b.realisationStart(), end)));
            expected.add(b.expectedValue().multiply(BigDecimal.valueOf(elapsed)).divide(BigDecimal.valueOf(span), 2, RoundingMode.HALF_UP));
            while (next < realisations.size() && !realisations.get(next).realisedOn().isAfter(end)) {
                sum = sum.add(realisations.get(next++).amount());
            }
            realised.add(m.isAfter(today) ? null : sum);
        }
        return new RealisationCurve(months, expected, realised);
    }
}
