package org.uptake.process.centre;

/**
 * A responsibility centre: the prototype of a unit in the organisational concept (seed 002 lines 184,
 * 218). A proposed centre may not exist as a unit yet ({@code unitId} empty) and can become one later.
 */
public record ResponsibilityCentre(long id, String name, String description, Long unitId, String unitName,
                                   Long headPositionId, String headTitle, long functions, int version) {

    public boolean proposed() {
        return unitId == null;
    }
}
