package org.uptake.competency.catalog;

/** A value of the company: set by its leaders, the same for everyone (seed 002 lines 457-461). */
public record CompanyValue(long id, String name, String description, int sortOrder, int version) {
}
