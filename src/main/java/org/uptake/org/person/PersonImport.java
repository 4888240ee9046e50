package org.uptake.org.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.uptake.org.OrgValidation;
import org.uptake.shared.Actor;
import org.uptake.shared.Languages;
import org.uptake.shared.importing.DuplicateKeys;
import org.uptake.shared.importing.ImportAction;
import org.uptake.shared.importing.ImportColumn;
import org.uptake.shared.importing.ImportKind;
import org.uptake.shared.importing.ImportProgress;
import org.uptake.shared.importing.ImportRow;
import org.uptake.shared.importing.ImportTable;
import org.uptake.shared.importing.ReferenceCycles;
import org.uptake.shared.importing.RowChange;

/**
 * Importing people: a row updates the person with its employee number, else the person with
 * its e-mail, else creates one. Units and positions are named by code, the manager by employee
 * number or e-mail (possibly of a person further down the file). Refused: duplicate numbers or
 * e-mails in the file, unknown units, positions or managers, manager chains that loop, and
 * "left" for a person who heads a unit.
 */
@Component
class PersonImport implements ImportKind<PeopleSnapshot, ImportedPerson> {

    static final String NUMBER = "employee_number";
    static final String EMAIL = "email";
    static final String NAME = "full_name";
    static final String UNIT = "unit_code";
    static final String POSITION = "position_code";
    static final String MANAGER = "manager";
    static final String STATUS = "status";
    static final String ZONE = "time_zone";
    static final String LANGUAGE = "language";
    static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.optional(NUMBER, "10045"), ImportColumn.optional(EMAIL, "anna.petrova@example.com"),
            ImportColumn.required(NAME, "Anna Petrova"), ImportColumn.optional(UNIT, "ST-01"),
            ImportColumn.optional(POSITION, "MECH"), ImportColumn.optional(MANAGER, "10001"),
            ImportColumn.optional(STATUS, "ACTIVE"), ImportColumn.optional(ZONE, "Europe/Moscow"),
            ImportColumn.optional(LANGUAGE, "ru"));

    private final PersonBulkRepository bulk;
    private final PersonImportWriter writer;

    PersonImport(PersonBulkRepository bulk, PersonImportWriter writer) {
        this.bulk = bulk;
        this.writer = writer;
    }

    @Override
    public String key() {
        return "people";
    }

    @Override
    public List<ImportColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> keyColumns() {
        return List.of(NUMBER, EMAIL);
    }

    @Override
    public PeopleSnapshot load(Actor actor, ImportTable table) {
        long org = actor.organizationId();
        var snapshot = new PeopleSnapshot(bulk.people(org), bulk.unitCodes(org), bulk.positionCodes(org), bulk.heads(org));
        for (ImportRow row : table.rows()) {
            String number = row.get(NUMBER);
            String email = PeopleSnapshot.lower(row.get(EMAIL));
            if (number != null) {
                snapshot.fileNumbers.putIfAbsent(number, row.line());
            }
            if (email != null) {
                snapshot.fileEmails.putIfAbsent(email, row.line());
            }
            Person existing = number == null ? null : snapshot.byNumber.get(number);
            if (existing == null && email != null) {
                existing = snapshot.byEmail.get(email);
            }
            if (existing != null) {
                snapshot.matched.put(row.line(), existing.id());
            }
        }
        return snapshot;
    }

    @Override
    public RowChange<ImportedPerson> map(PeopleSnapshot s, ImportTable table, ImportRow row) {
        String number = row.text(NUMBER, 64);
        String email = row.text(EMAIL, 254);
        if (email != null && !OrgValidation.isEmail(email)) {
            row.reject(EMAIL, "import.error.email");
        }
        String name = row.text(NAME, 200);
        row.required(NAME);
        Person existing = existing(s, row, number, email);
        String key = PeopleSnapshot.keyOf(number, email);
        if (existing != null) {
            // An empty key cell never erases a key: HR exports often leave one of the two out.
            number = number != null ? number : existing.employeeNumber();
            email = email != null ? email : existing.email();
        }
        if (number == null && email == null) {
            row.reject(NUMBER, "import.person.error.identity");
        }
        var wanted = new ImportedPerson(number, email, name,
                code(row, table, UNIT, s.unitIds, existing == null ? null : existing.unitId(), "import.person.error.unitUnknown"),
                code(row, table, POSITION, s.positionIds, existing == null ? null : existing.positionId(),
                        "import.person.error.positionUnknown"),
                manager(s, table, row, existing), status(s, table, row, existing),
                zone(s, table, row, existing), language(table, row, existing));
        if (existing == null) {
            return RowChange.create(row, key, wanted);
        }
        return RowChange.update(row, key, existing.id(), wanted, changedColumns(existing, wanted));
    }

    /** The person the row updates: by employee number, else by e-mail; a key that points at two people is refused. */
    private static Person existing(PeopleSnapshot s, ImportRow row, String number, String email) {
        Person byNumber = number == null ? null : s.byNumber.get(number);
        Person byEmail = email == null ? null : s.byEmail.get(PeopleSnapshot.lower(email));
        if (byNumber != null && byEmail != null && byNumber.id() != byEmail.id()) {
            row.reject(EMAIL, "import.person.error.emailTaken", byEmail.fullName());
        }
        if (byNumber == null && byEmail != null && number != null && byEmail.employeeNumber() != null) {
            row.reject(EMAIL, "import.person.error.emailOtherNumber", byEmail.fullName(), byEmail.employeeNumber());
        }
        return byNumber != null ? byNumber : byEmail;
    }

    private static Long code(ImportRow row, ImportTable table, String column, Map<String, Long> ids, Long current,
                             String unknown) {
        if (!table.has(column)) {
            return current;
        }
        String code = row.get(column);
        if (code == null) {
            return null;
        }
        Long id = ids.get(code);
        if (id == null) {
            row.reject(column, unknown);
        }
        return id;
    }

    private static long manager(PeopleSnapshot s, ImportTable table, ImportRow row, Person existing) {
        if (!table.has(MANAGER)) {
            return existing == null || existing.managerId() == null ? 0 : existing.managerId();
        }
        String key = row.get(MANAGER);
        if (key == null) {
            return 0;
        }
        Integer line = key.contains("@") ? s.fileEmails.get(PeopleSnapshot.lower(key)) : s.fileNumbers.get(key);
        if (line != null) {
            Long id = s.matched.get(line);
            return id != null ? id : -line;
        }
        Person manager = key.contains("@") ? s.byEmail.get(PeopleSnapshot.lower(key)) : s.byNumber.get(key);
        if (manager == null) {
            row.reject(MANAGER, "import.person.error.managerUnknown");
            return 0;
        }
        return manager.id();
    }

    private static EmploymentStatus status(PeopleSnapshot s, ImportTable table, ImportRow row, Person existing) {
        EmploymentStatus current = existing == null ? EmploymentStatus.ACTIVE : existing.employmentStatus();
        EmploymentStatus status = table.has(STATUS) ? row.choice(STATUS, EmploymentStatus.class, current) : current;
        if (status == EmploymentStatus.LEFT && existing != null && current != EmploymentStatus.LEFT
                && s.heads.contains(existing.id())) {
            row.reject(STATUS, "person.error.headsUnit");
        }
        return status;
    }

    private static String zone(PeopleSnapshot s, ImportTable table, ImportRow row, Person existing) {
        if (!table.has(ZONE)) {
            return existing == null ? null : existing.timeZone();
        }
        String zone = row.text(ZONE, 64);
        if (zone != null && !s.isZone(zone)) {
            row.reject(ZONE, "import.error.timeZone");
        }
        return zone;
    }

    private static String language(ImportTable table, ImportRow row, Person existing) {
        if (!table.has(LANGUAGE)) {
            return existing == null ? null : existing.language();
        }
        String language = row.get(LANGUAGE);
        if (language != null && !Languages.isSupported(language)) {
            row.reject(LANGUAGE, "import.error.language", String.join(", ", Languages.SUPPORTED));
        }
        return language;
    }

    private static List<String> changedColumns(Person p, ImportedPerson w) {
        List<String> changed = new ArrayList<>();
        addIf(changed, NUMBER, p.employeeNumber(), w.employeeNumber());
        addIf(changed, EMAIL, p.email(), w.email());
        addIf(changed, NAME, p.fullName(), w.fullName());
        addIf(changed, UNIT, p.unitId(), w.unitId());
        addIf(changed, POSITION, p.positionId(), w.positionId());
        addIf(changed, MANAGER, p.managerId() == null ? 0L : p.managerId(), w.managerTarget());
        addIf(changed, STATUS, p.employmentStatus(), w.status());
        addIf(changed, ZONE, p.timeZone(), w.timeZone());
        addIf(changed, LANGUAGE, p.language(), w.language());
        return changed;
    }

    private static void addIf(List<String> changed, String column, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(column);
        }
    }

    @Override
    public void checkFile(PeopleSnapshot s, ImportTable table, List<RowChange<ImportedPerson>> changes) {
        DuplicateKeys.reject(changes, NUMBER, c -> c.row().get(NUMBER));
        DuplicateKeys.reject(changes, EMAIL, c -> PeopleSnapshot.lower(c.row().get(EMAIL)));
        DuplicateKeys.reject(changes, NUMBER, c -> c.existingId() == null ? null : "person:" + c.existingId());
        rejectManagerCycles(s, changes);
    }

    /** Lays the file's managers over the existing ones and refuses every row on a loop. */
    private static void rejectManagerCycles(PeopleSnapshot s, List<RowChange<ImportedPerson>> changes) {
        Map<Long, RowChange<ImportedPerson>> inFile = new HashMap<>(changes.size() * 2);
        for (RowChange<ImportedPerson> c : changes) {
            inFile.put(c.existingId() != null ? c.existingId() : -c.row().line(), c);
        }
        List<List<Long>> cycles = ReferenceCycles.find(inFile.keySet(), node -> {
            RowChange<ImportedPerson> c = inFile.get(node);
            if (c != null) {
                return c.record() == null || c.record().managerTarget() == 0 ? null : c.record().managerTarget();
            }
            Person p = s.byId.get(node);
            return p == null ? null : p.managerId();
        });
        for (List<Long> cycle : cycles) {
            List<String> names = new ArrayList<>();
            for (Long node : cycle) {
                RowChange<ImportedPerson> c = inFile.get(node);
                names.add(c != null ? c.key() : PeopleSnapshot.keyOf(s.byId.get(node).employeeNumber(), s.byId.get(node).email()));
            }
            names.add(names.getFirst());
            String chain = String.join(" → ", names);
            cycle.stream().map(inFile::get).filter(Objects::nonNull)
                    .forEach(c -> c.reject(MANAGER, "import.person.error.managerCycle", chain));
        }
    }

    @Override
    public void apply(Actor actor, PeopleSnapshot s, List<RowChange<ImportedPerson>> changes, ImportProgress progress) {
        writer.write(actor, s, changes.stream().filter(c -> c.is(ImportAction.CREATE) || c.is(ImportAction.UPDATE)).toList(),
                progress);
    }
}
