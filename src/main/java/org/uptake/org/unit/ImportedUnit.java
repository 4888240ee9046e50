package org.uptake.org.unit;

/**
 * A unit as an import row asks for it. {@code parentTarget}: an existing unit's id (positive), a
 * unit created by the row of that number (negative: {@code -row}), or 0 for a top-level unit.
 */
record ImportedUnit(String code, String name, String unitType, long parentTarget, Long headPersonId,
                    Long actingHeadPersonId) {
}
