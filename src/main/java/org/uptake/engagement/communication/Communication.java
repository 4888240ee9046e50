package org.uptake.engagement.communication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An item of a program's communication plan. */
public record Communication(long id, long programId, String title, MessageType messageType, Channel channel, LocalDate plannedOn,
                            Long ownerPersonId, String ownerName, CommunicationStatus status, String subject, String body,
                            String agenda, String notes, Instant sentAt, List<AudienceEntry> audience, int version) {

    public Communication {
        audience = audience == null ? List.of() : List.copyOf(audience);
    }

    public boolean email() {
        return channel == Channel.EMAIL;
    }

    public List<Long> idsOf(AudienceKind kind) {
        return audience.stream().filter(a -> a.kind() == kind).map(AudienceEntry::id).toList();
    }
}
