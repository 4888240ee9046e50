package org.uptake.process.spec;

/** How many of each part a specification has; the checks are computed from these. */
public record PartCounts(long clients, long goals, long clientsWithoutGoals, long results, long indicators,
                         long goalsWithoutIndicators, long resources, long executors, long provisional, long children) {
}
