package org.uptake.rollout.wave;

import java.time.LocalDate;

/** Where an employee's unit stands in a program's rollout: its wave and go-live date. */
public record MyWave(long programId, String programName, String waveName, String unitName, LocalDate plannedGoLive,
                     LocalDate liveOn) {
}
