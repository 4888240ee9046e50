package org.uptake.training.session;

/** A cancelled session stays for the record; its invitees got a cancellation. */
public enum SessionStatus {
    SCHEDULED, CANCELLED
}
