package org.uptake.org.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.BulkAudit;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.importing.ImportAction;
import org.uptake.shared.importing.ImportProgress;
import org.uptake.shared.importing.RowChange;

/**
 * Writes a checked people import: new people in one COPY (their ids taken beforehand, so a
 * manager further down the file is already known), changed people through one UPDATE, an audit
 * entry per person, and "people left" for those whose status became LEFT (their accounts close).
 */
@Component
class PersonImportWriter {

    private static final Logger LOG = LoggerFactory.getLogger(PersonImportWriter.class);
    private final PersonBulkRepository bulk;
    private final BulkAudit audit;
    private final ApplicationEventPublisher events;

    PersonImportWriter(PersonBulkRepository bulk, BulkAudit audit, ApplicationEventPublisher events) {
        this.bulk = bulk;
        this.audit = audit;
        this.events = events;
    }

    void write(Actor actor, PeopleSnapshot s, List<RowChange<ImportedPerson>> changes, ImportProgress progress) {
        long started = System.nanoTime();
        List<RowChange<ImportedPerson>> creates = changes.stream().filter(c -> c.is(ImportAction.CREATE)).toList();
        List<Long> ids = bulk.allocateIds(creates.size());
        Map<Integer, Long> newIds = new HashMap<>(creates.size() * 2);
        for (int i = 0; i < creates.size(); i++) {
            newIds.put(creates.get(i).row().line(), ids.get(i));
        }
        List<BulkAudit.Entry> trail = new ArrayList<>(changes.size());
        insertNew(actor.organizationId(), creates, ids, newIds, trail);
        progress.advance(creates.size());
        long inserted = System.nanoTime();
        List<Long> joined = new ArrayList<>();
        creates.forEach(c -> {
            if (c.record().unitId() != null) {
                joined.add(newIds.get(c.row().line()));
            }
        });
        List<Long> left = updateChanged(actor.organizationId(), s, changes, newIds, trail, joined);
        progress.advance(changes.size() - creates.size());
        long updated = System.nanoTime();
        audit.write(actor, PersonService.ENTITY, trail);
        if (!left.isEmpty()) {
            events.publishEvent(new PeopleLeft(actor.organizationId(), left));
        }
        if (!joined.isEmpty()) {
            events.publishEvent(new PeopleJoinedUnits(actor.organizationId(), joined));
        }
        LOG.debug("People import written: {} new in {} ms, {} changed in {} ms, {} audit entries in {} ms", creates.size(),
                (inserted - started) / 1_000_000, changes.size() - creates.size(), (updated - inserted) / 1_000_000,
                trail.size(), (System.nanoTime() - updated) / 1_000_000);
    }

    private void insertNew(long org, List<RowChange<ImportedPerson>> creates, List<Long> ids, Map<Integer, Long> newIds,
                           List<BulkAudit.Entry> trail) {
        List<Person> created = new ArrayList<>(creates.size());
        for (int i = 0; i < creates.size(); i++) {
            created.add(person(ids.get(i), org, creates.get(i).record(), newIds, 0));
        }
        if (created.isEmpty()) {
            return;
        }
        bulk.copyNew(rows -> created.forEach(p -> rows.add(p.id(), org, p.employeeNumber(), p.email(), p.fullName(),
                p.unitId(), p.positionId(), p.managerId(), p.employmentStatus().name(), p.timeZone(), p.language())));
        created.forEach(p -> trail.add(BulkAudit.created(p.id(), p)));
    }

    /** Writes the changed people; answers those whose status became LEFT and adds those who changed unit to {@code joined}. */
    private List<Long> updateChanged(long org, PeopleSnapshot s, List<RowChange<ImportedPerson>> changes,
                                     Map<Integer, Long> newIds, List<BulkAudit.Entry> trail, List<Long> joined) {
        List<Long> left = new ArrayList<>();
        List<Person[]> changed = new ArrayList<>();
        for (RowChange<ImportedPerson> c : changes) {
            if (!c.is(ImportAction.UPDATE)) {
                continue;
            }
            Person before = s.byId.get(c.existingId());
            Person after = person(before.id(), org, c.record(), newIds, before.version());
            changed.add(new Person[]{before, after});
            if (after.employmentStatus() == EmploymentStatus.LEFT && before.employmentStatus() != EmploymentStatus.LEFT) {
                left.add(before.id());
            }
            if (after.unitId() != null && !after.unitId().equals(before.unitId())) {
                joined.add(before.id());
            }
        }
        if (changed.isEmpty()) {
            return left;
        }
        int written = bulk.updateAll(org, rows -> changed.forEach(pair -> {
            Person p = pair[1];
            rows.add(p.id(), p.version(), p.employeeNumber(), p.email(), p.fullName(), p.unitId(), p.positionId(),
                    p.managerId(), p.employmentStatus().name(), p.timeZone(), p.language());
        }));
        if (written != changed.size()) {
            throw new StaleVersionException(PersonService.ENTITY, -1);
        }
        changed.forEach(pair -> trail.add(BulkAudit.updated(pair[0].id(), pair[0], pair[1])));
        return left;
    }

    private static Person person(long id, long org, ImportedPerson w, Map<Integer, Long> newIds, int version) {
        long target = w.managerTarget();
        Long managerId = target == 0 ? null : target > 0 ? target : newIds.get((int) -target);
        return new Person(id, org, w.employeeNumber(), w.email(), w.fullName(), w.unitId(), w.positionId(), managerId,
                w.status(), w.timeZone(), w.language(), version);
    }
}
