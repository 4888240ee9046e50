package org.uptake.rollout.wave;

/**
 * Units joined, moved between or were rescheduled in the waves of a program; listeners (the unit
 * checklists) bring what they keep per wave unit up to date. Published inside the change's transaction.
 */
public record WaveUnitsChanged(long organizationId, long programId) {
}
