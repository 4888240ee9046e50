package org.uptake.org.unit;

/** A unit with the names the detail page shows next to it. */
public record UnitView(Unit unit, String parentName, String headName, String actingHeadName, long directPeople,
                       long childCount) {
}
