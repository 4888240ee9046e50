package org.uptake.org.unit;

/** A unit as a search result shows it. */
public record UnitRow(long id, String code, String name, String unitType, String parentName, String headName) {
}
