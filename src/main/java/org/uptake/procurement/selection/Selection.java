package org.uptake.procurement.selection;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A vendor selection of a program: what is bought, in which currency the bids are compared, the
 * procurement plan (competition strategy and timeline) and, once made, the decision.
 */
public record Selection(long id, long programId, String title, String purpose, String currency, SelectionStatus status,
                        String competitionStrategy, LocalDate tenderPublishedOn, LocalDate bidsDueOn,
                        LocalDate decisionDueOn, Long chosenVendorId, String decisionRationale, Long signOffId,
                        Instant decidedAt, int version) {

    public boolean open() {
        return status == SelectionStatus.OPEN;
    }
}
