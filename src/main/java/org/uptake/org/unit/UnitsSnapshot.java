package org.uptake.org.unit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a units import compares its rows with, read once per file: the organisation's units by id
 * and code, its current people by employee number and e-mail (heads), and the file's own codes
 * (so that a parent may be a unit further down the same file).
 */
final class UnitsSnapshot {

    final Map<Long, Unit> byId = new HashMap<>();
    final Map<String, Unit> byCode = new HashMap<>();
    final Map<String, Long> peopleByNumber;
    final Map<String, Long> peopleByEmail;
    /** The file's codes → the row that carries them first. */
    final Map<String, Integer> fileCodes = new HashMap<>();

    UnitsSnapshot(List<Unit> units, Map<String, Long> peopleByNumber, Map<String, Long> peopleByEmail) {
        for (Unit u : units) {
            byId.put(u.id(), u);
            byCode.put(u.code(), u);
        }
        this.peopleByNumber = peopleByNumber;
        this.peopleByEmail = peopleByEmail;
    }

    /** The node a parent code names: an existing unit's id, {@code -row} for a unit of the file, or {@code null}. */
    Long node(String code) {
        Unit existing = byCode.get(code);
        if (existing != null) {
            return existing.id();
        }
        Integer line = fileCodes.get(code);
        return line == null ? null : (long) -line;
    }
}
