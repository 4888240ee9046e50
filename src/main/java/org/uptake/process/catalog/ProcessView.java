package org.uptake.process.catalog;

/** A process with the names its page shows next to it. */
public record ProcessView(Process process, String parentName, String ownerTitle, long childCount) {
}
