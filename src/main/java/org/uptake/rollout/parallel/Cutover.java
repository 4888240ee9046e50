package org.uptake.rollout.parallel;

/** The decision that ends (or prolongs) a parallel run: switch to the new system, extend the period, or roll back. */
public enum Cutover {
    CUTOVER, EXTEND, ROLL_BACK;

    public boolean final_() {
        return this != EXTEND;
    }
}
