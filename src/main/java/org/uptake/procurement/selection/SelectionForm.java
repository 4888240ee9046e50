package org.uptake.procurement.selection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A selection as a coordinator describes it: what is bought, the currency bids are compared in, and
 * the procurement plan (competition strategy, timeline). {@code criteriaSet} is read on creation only:
 * {@code CRM} starts with seed 002's six questions, {@code BASIC} with price and quality.
 */
public record SelectionForm(@NotBlank @Size(max = 300) String title, @Size(max = 4000) String purpose,
                            @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "{selection.error.currency}") String currency,
                            String criteriaSet, @Size(max = 4000) String competitionStrategy, LocalDate tenderPublishedOn,
                            LocalDate bidsDueOn, LocalDate decisionDueOn, int version) {

    public static SelectionForm of(Selection s) {
        return new SelectionForm(s.title(), s.purpose(), s.currency(), null, s.competitionStrategy(), s.tenderPublishedOn(),
                s.bidsDueOn(), s.decisionDueOn(), s.version());
    }

    public static SelectionForm empty() {
        return new SelectionForm("", "", "EUR", BuiltInCriteria.CRM, "", null, null, null, 0);
    }
}
