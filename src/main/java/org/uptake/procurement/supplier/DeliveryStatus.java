package org.uptake.procurement.supplier;

/** A delivered stage: waiting, in acceptance (a sign-off is open), accepted or rejected by the sign-off. */
public enum DeliveryStatus {
    DELIVERED, IN_ACCEPTANCE, ACCEPTED, REJECTED
}
