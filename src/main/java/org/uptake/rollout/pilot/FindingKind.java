package org.uptake.rollout.pilot;

/** What the pilot found: something broken, something to adjust, a question to answer. */
public enum FindingKind {
    ERROR, ADJUSTMENT, QUESTION
}
