package org.uptake.competency.catalog;

/** One entry of the organisation's competency catalogue. */
public record Competency(long id, CompetencyKind kind, String name, String description, int version) {
}
