package org.uptake.competency.standard;

/**
 * Why a standard is mandatory for a position (seed 002 lines 1180–1184): benefits, compensations
 * or restrictions tied to the job (Labour Code art. 57), or a law requiring the qualification (art. 195.3).
 */
public enum MandatoryReason {
    BENEFITS, COMPENSATIONS, RESTRICTIONS, LAW
}
