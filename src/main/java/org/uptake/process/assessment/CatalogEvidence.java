package org.uptake.process.assessment;

/** Facts from the catalog that bear on the six criteria: how many processes are identified, linked, measured, supplied. */
public record CatalogEvidence(long processes, long topLevel, long withClients, long withIndicators, long withResources,
                             long withOwner, long approved, long relations) {
}
