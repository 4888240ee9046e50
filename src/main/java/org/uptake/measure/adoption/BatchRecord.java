package org.uptake.measure.adoption;

import java.time.Instant;

/** A batch as the program's adoption page lists it; {@code rejections} is the JSON of the reported rejections. */
public record BatchRecord(long id, int received, int accepted, int duplicates, int rejected, String rejections, String sentByName,
                          Instant receivedAt) {
}
