package org.uptake.procurement.integration;

/** Which way data flows between the new system and the other one. */
public enum Direction {
    IN, OUT, BOTH
}
