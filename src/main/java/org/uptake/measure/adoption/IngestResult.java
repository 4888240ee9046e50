package org.uptake.measure.adoption;

import java.util.List;

/**
 * What became of a batch: accepted events are new, duplicates were already stored (a retry — not
 * counted twice), rejected ones are listed (the first hundred) with their reason.
 */
public record IngestResult(long batchId, int received, int accepted, int duplicates, int rejected, List<Rejection> rejections) {

    /** One refused event: its position in the batch, its id and why (unknownUser, outsideWindow, invalid). */
    public record Rejection(int index, String eventId, String reason) {
    }
}
