package org.uptake.competency.catalog;

/** A step of the proficiency scale; required, self, manager and agreed levels are all on it. */
public record ProficiencyLevel(int level, String name, String description) {
}
