package org.uptake.org;

/** A tenant: one organisation's units, people and programs, invisible to every other organisation. */
public record Organization(long id, String name, String slug, String defaultTimeZone, String defaultLanguage,
                           boolean active, int version) {
}
