package org.uptake.procurement.requirement;

/** How much a requirement matters: what the minimum sufficient version must have, should have, could have. */
public enum Priority {
    MUST, SHOULD, COULD
}
