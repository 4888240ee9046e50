package org.uptake.procurement.selection;

import java.time.Instant;

/** A person scoring a selection's shortlist; their scores stay private until every evaluator has submitted. */
public record Evaluator(long personId, String name, Instant submittedAt, int version) {

    public boolean submitted() {
        return submittedAt != null;
    }
}
