package org.uptake.governance.meeting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A question put to the vote and, once counted, its outcome with the tally. {@code chairDecided}
 * says a tie was settled by the chair's vote. An adopted decision may have created a program task.
 */
public record Decision(long id, long meetingId, String question, DecisionStatus status, Integer votesFor,
                       Integer votesAgainst, Integer votesAbstain, Integer presentCount, boolean chairDecided,
                       String taskTitle, Long taskOwnerId, LocalDate taskDueOn, Long taskId, int version,
                       Instant decidedAt) {
}
