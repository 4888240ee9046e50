package org.uptake.governance.meeting;

import java.time.Instant;

/** One member's vote on one decision; {@code recordedBy} is the account that entered it (the member or the secretary). */
public record Vote(long decisionId, long personId, String personName, VoteChoice choice, Long recordedBy, Instant castAt) {
}
