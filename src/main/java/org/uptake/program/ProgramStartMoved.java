package org.uptake.program;

import java.time.LocalDate;
import org.uptake.shared.Actor;

/** Published inside the transaction that moved a program's start date, so its plan is rescheduled with it. */
public record ProgramStartMoved(Actor actor, long programId, LocalDate from, LocalDate to) {
}
