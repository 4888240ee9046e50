package org.uptake.procurement.requirement;

/** What becomes of an existing system: it stays next to the new one, or the new one replaces it. */
public enum SystemDecision {
    KEEP, REPLACE
}
