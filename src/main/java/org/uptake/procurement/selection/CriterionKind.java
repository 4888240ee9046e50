package org.uptake.procurement.selection;

/** The one PRICE criterion is scored from the bids by formula; QUALITY criteria are scored by the evaluators. */
public enum CriterionKind {
    PRICE, QUALITY
}
