package org.uptake.governance.group;

import java.time.Instant;

/** A collegial body: its kind, purpose, the program it serves (optional), quorum in percent of members and tie rule. */
public record WorkingGroup(long id, long organizationId, GroupKind kind, String name, String purpose, Long programId,
                           int quorumPercent, TieRule tieRule, boolean active, int version, Instant createdAt,
                           Instant updatedAt) {

    /** Whether {@code present} of {@code members} make a quorum: at least the set share of the members. */
    public boolean quorate(int present, int members) {
        return members > 0 && present > 0 && present * 100L >= (long) quorumPercent * members;
    }

    /** The smallest number of members present that makes a quorum. */
    public int quorumOf(int members) {
        return Math.max(1, (int) Math.ceil(members * quorumPercent / 100.0));
    }
}
