package org.uptake.org;

/** How big the organisation is: units, positions, current people. */
public record OrganizationSummary(long units, long positions, long people) {
}
