package org.uptake.process.spec;

/**
 * An input the process needs (seed 002 lines 313-325): consumed as it runs (materials, money) or
 * renewable (equipment, software), each with its supplier, and possibly a result of another process.
 */
public record ProcessResource(long id, long processId, String name, Kind kind, long supplierId, String supplierName,
                              Long sourceResultId, String sourceResultText, int sortOrder, int version) {

    public enum Kind { CONSUMABLE, RENEWABLE }
}
