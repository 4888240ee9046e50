package org.uptake.procurement.selection;

/** One evaluator's score of one vendor on one quality criterion, 0–10. */
public record Score(long evaluatorPersonId, long vendorId, long criterionId, int score) {

    public static final int MIN = 0;
    public static final int MAX = 10;
}
