package org.uptake.org.unit;

import java.util.List;

/**
 * Which units' people an actor may see: the whole organisation, the subtrees of the units they
 * head (by path prefix), or none beyond themselves.
 */
public record UnitScope(boolean wholeOrganization, List<String> pathPrefixes) {

    public static final UnitScope ALL = new UnitScope(true, List.of());
    public static final UnitScope NONE = new UnitScope(false, List.of());

    public UnitScope {
        pathPrefixes = List.copyOf(pathPrefixes);
    }

    public boolean covers(String unitPath) {
        if (wholeOrganization) {
            return true;
        }
        return unitPath != null && pathPrefixes.stream().anyMatch(unitPath::startsWith);
    }

    public boolean isEmpty() {
        return !wholeOrganization && pathPrefixes.isEmpty();
    }
}
