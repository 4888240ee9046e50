package org.uptake.process.spec;

/**
 * A person, unit or outside organisation that provides a resource (seed 002 lines 327-331). When
 * the resource comes out of another process, {@code sourceProcessId} names it and the map draws the
 * supplier → client relation.
 */
public record ProcessSupplier(long id, long processId, String name, Kind kind, Long unitId, String unitName,
                              Long sourceProcessId, String sourceProcessName, int sortOrder, int version) {

    public enum Kind { PERSON, UNIT, EXTERNAL }
}
