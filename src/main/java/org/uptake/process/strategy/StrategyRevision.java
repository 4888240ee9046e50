package org.uptake.process.strategy;

import java.time.Instant;

/**
 * One revision of the strategy: who the clients are, what they need, where the company must outdo
 * its competitors, the target segments, how clients are won and how sales and service are organised.
 */
public record StrategyRevision(long id, int revision, String clients, String clientNeeds, String competitiveEdge,
                               String targetSegments, String acquisitionMethods, String servicePrinciples,
                               String changeNote, String createdByName, Instant createdAt) {
}
