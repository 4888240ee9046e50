package org.uptake.training.session;

/** A session's time, place or status changed; invitees who were sent an invitation must hear about it. */
public record SessionChanged(long organizationId, long sessionId, boolean cancelled, String byName) {
}
