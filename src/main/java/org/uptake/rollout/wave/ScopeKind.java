package org.uptake.rollout.wave;

/** What a wave brings: the whole new way of working to its units, or a feature set ("calls, then sales"). */
public enum ScopeKind {
    UNITS, FUNCTIONS
}
