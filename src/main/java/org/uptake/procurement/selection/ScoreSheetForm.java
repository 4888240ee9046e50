package org.uptake.procurement.selection;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An evaluator's scores (0–10) of shortlisted vendors on quality criteria; entries replace the
 * evaluator's earlier score of the same vendor and criterion. {@code version} is the evaluator's.
 */
public record ScoreSheetForm(@NotNull @Size(max = 5000) List<@NotNull Entry> scores, int version) {

    public ScoreSheetForm {
        scores = scores == null ? List.of() : List.copyOf(scores);
    }

    public record Entry(long vendorId, long criterionId, Integer score) {
    }
}
