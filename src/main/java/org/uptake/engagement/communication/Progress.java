package org.uptake.engagement.communication;

/** How far an e-mail item's sending is: recipients, waiting (to render or to deliver), sent, failed, invalid addresses. */
public record Progress(long total, long waiting, long sent, long failed, long invalid) {

    public int percent() {
        return total == 0 ? 100 : (int) ((total - waiting) * 100 / total);
    }
}
