package org.uptake.process.spec;

/** The source process supplies the target: its results are the target's resources. */
public record ProcessRelation(long sourceId, String sourceName, long targetId, String targetName, String resources) {
}
