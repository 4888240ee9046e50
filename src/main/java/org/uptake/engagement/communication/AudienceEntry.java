package org.uptake.engagement.communication;

/** One part of an item's audience with its name as lists show it. */
public record AudienceEntry(AudienceKind kind, long id, String name) {
}
