package org.uptake.procurement.selection;

/** Open while vendors are scored; a recorded decision waits for its sign-off; decided once signed off. */
public enum SelectionStatus {
    OPEN, DECISION_REQUESTED, DECIDED
}
