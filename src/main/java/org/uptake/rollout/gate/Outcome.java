package org.uptake.rollout.gate;

/** The gate's decision for a unit. A conditional go lets the unit go live with conditions that become tasks. */
public enum Outcome {
    GO, CONDITIONAL_GO, NO_GO;

    public boolean allowsGoLive() {
        return this != NO_GO;
    }
}
