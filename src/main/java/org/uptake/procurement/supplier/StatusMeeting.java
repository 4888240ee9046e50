package org.uptake.procurement.supplier;

import java.time.LocalDate;

/** One status meeting with the supplier: when, who attended, what was agreed. */
public record StatusMeeting(long id, long supplierId, LocalDate heldOn, String attendees, String notes) {
}
