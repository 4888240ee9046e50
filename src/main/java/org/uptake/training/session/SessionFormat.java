package org.uptake.training.session;

/** How a session is held; floor-walking is the help on the shop floor in the first weeks after go-live. */
public enum SessionFormat {
    TRAINING, SEMINAR, E_LEARNING, FLOOR_WALKING
}
