package org.uptake.governance.meeting;

import jakarta.validation.constraints.NotNull;

/** A vote: the actor's own, or (when the secretary or the chair records a show of hands) the given member's. */
public record VoteForm(@NotNull VoteChoice choice, Long personId) {
}
