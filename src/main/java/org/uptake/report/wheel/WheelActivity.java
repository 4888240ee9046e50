package org.uptake.report.wheel;

/** A recurring follow-up activity: every year in {@code month} (1–12), of a kind, with its owner. */
public record WheelActivity(long id, long programId, int month, WheelKind kind, String title, long ownerPersonId,
                            String ownerName, int version) {
}
