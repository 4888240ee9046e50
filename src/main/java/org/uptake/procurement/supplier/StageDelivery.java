package org.uptake.procurement.supplier;

import java.time.Instant;
import java.time.LocalDate;

/** A stage the supplier delivered, accepted through a sign-off of the approval module. */
public record StageDelivery(long id, long supplierId, String stage, LocalDate deliveredOn, DeliveryStatus status, Long signOffId,
                            Instant decidedAt, int version) {
}
