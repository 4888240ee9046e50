package org.uptake.org.person;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.uptake.org.OrgValidation;

/**
 * What a people import compares its rows with, read once per file: the organisation's people by
 * employee number and by e-mail, unit and position codes, who heads a unit, and the file's own
 * keys (so that a manager may be a person further down the same file).
 */
final class PeopleSnapshot {

    final Map<Long, Person> byId;
    final Map<String, Person> byNumber;
    final Map<String, Person> byEmail;
    final Map<String, Long> unitIds;
    final Map<String, Long> positionIds;
    final Set<Long> heads;
    /** The file's employee numbers and lower-cased e-mails → the row that carries them first. */
    final Map<String, Integer> fileNumbers = new HashMap<>();
    final Map<String, Integer> fileEmails = new HashMap<>();
    /** Row number → the existing person the row updates (absent: the row creates one). */
    final Map<Integer, Long> matched = new HashMap<>();
    private final Map<String, Boolean> zones = new HashMap<>();

    PeopleSnapshot(List<Person> people, Map<String, Long> unitIds, Map<String, Long> positionIds, Set<Long> heads) {
        this.byId = new HashMap<>(people.size() * 2);
        this.byNumber = new HashMap<>(people.size() * 2);
        this.byEmail = new HashMap<>(people.size() * 2);
        for (Person p : people) {
            byId.put(p.id(), p);
            if (p.employeeNumber() != null) {
                byNumber.put(p.employeeNumber(), p);
            }
            if (p.email() != null) {
                byEmail.put(lower(p.email()), p);
            }
        }
        this.unitIds = unitIds;
        this.positionIds = positionIds;
        this.heads = heads;
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    boolean isZone(String zone) {
        return zones.computeIfAbsent(zone, OrgValidation::isZone);
    }

    /** The key a person is shown and referred to by: their employee number, else their e-mail. */
    static String keyOf(String employeeNumber, String email) {
        return employeeNumber != null ? employeeNumber : email;
    }
}
