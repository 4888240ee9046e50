package org.uptake.training.invitation;

import java.time.Instant;

/** One sending of a session's invitations (or of its update or cancellation), with its progress. */
public record InvitationRun(long id, long sessionId, String method, int sequence, int total, int pending, int queued,
                            int invalid, String startedByName, Instant createdAt) {

    public int percentDone() {
        return total == 0 ? 100 : (int) ((queued + invalid) * 100L / total);
    }
}
