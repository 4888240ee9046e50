package org.uptake.engagement.communication;

/** PLANNED → (e-mail) SENDING → SENT by the system; other channels PLANNED → DONE by hand; any planned item may be CANCELLED. */
public enum CommunicationStatus {
    PLANNED, SENDING, SENT, DONE, CANCELLED;

    /** Sending has begun: the item's text and audience are then what was sent and stay as they are. */
    public boolean dispatched() {
        return this == SENDING || this == SENT;
    }
}
