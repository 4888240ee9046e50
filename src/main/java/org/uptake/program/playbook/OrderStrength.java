package org.uptake.program.playbook;

/** How binding an order is: HARD is never overridden; DEFAULT may be overridden with a recorded reason. */
public enum OrderStrength {
    HARD, DEFAULT;

    public OrderStrength strongest(OrderStrength other) {
        return this == HARD || other == HARD ? HARD : DEFAULT;
    }
}
