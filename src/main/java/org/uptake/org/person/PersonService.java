package org.uptake.org.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.org.unit.UnitScope;
import org.uptake.org.unit.UnitService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

/**
 * The people directory. Admins, coordinators and viewers see everyone; a unit head sees the
 * subtree they head; an employee sees only themselves. Anyone else's record answers 404, as if
 * it did not exist.
 */
@Service
public class PersonService {

    static final String ENTITY = "person";

    private final PersonRepository people;
    private final PersonChecks checks;
    private final UnitService units;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    PersonService(PersonRepository people, PersonChecks checks, UnitService units, AuditLog audit,
                  ApplicationEventPublisher events) {
        this.people = people;
        this.checks = checks;
        this.units = units;
        this.audit = audit;
        this.events = events;
    }

    public Slice<PersonRow> list(Actor actor, PersonFilter filter, PageRequest request) {
        UnitScope scope = units.scopeOf(actor);
        if (scope.isEmpty()) {
            throw new ForbiddenException("list people");
        }
        String unitPrefix = filter.unitId() == null ? null : units.get(actor, filter.unitId()).path();
        return Slice.of(people.page(actor.organizationId(), scope, actor.personId(), filter, unitPrefix, request),
                request.size(), r -> new Cursor(r.fullName().toLowerCase(java.util.Locale.ROOT), r.id()));
    }

    public Person get(Actor actor, long id) {
        return view(actor, id).person();
    }

    public PersonView view(Actor actor, long id) {
        PersonView view = people.view(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (!mayRead(actor, view)) {
            throw new NotFoundException(ENTITY, id);
        }
        return view;
    }

    /** The person's name if the actor may see them; forms use it to label a chosen id. */
    public Optional<String> nameOf(Actor actor, long id) {
        return people.view(actor.organizationId(), id).filter(v -> mayRead(actor, v)).map(v -> v.person().fullName());
    }

    /** Whether the actor may list people at all (employees may not; they only open their own record). */
    public boolean mayList(Actor actor) {
        return !units.scopeOf(actor).isEmpty();
    }

    /** Only admins change the directory; pages ask before showing a form the actor could not submit. */
    public void requireEditor(Actor actor) {
        actor.require("change people", Role.ADMIN);
    }

    public List<PersonRow> directReports(Actor actor, long id) {
        view(actor, id);
        return people.directReports(actor.organizationId(), id, 100);
    }

    @Transactional
    public Person create(Actor actor, PersonForm form) {
        requireEditor(actor);
        checks.validate(actor.organizationId(), null, form);
        long id = people.insert(actor.organizationId(), form);
        Person created = people.find(actor.organizationId(), id).orElseThrow();
        audit.created(actor, ENTITY, id, created);
        if (created.unitId() != null) {
            events.publishEvent(new PeopleJoinedUnits(actor.organizationId(), List.of(id)));
        }
        return created;
    }

    @Transactional
    public Person update(Actor actor, long id, PersonForm form) {
        requireEditor(actor);
        Person before = people.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        checks.validate(actor.organizationId(), id, form);
        if (form.getEmploymentStatus() == EmploymentStatus.LEFT && before.employmentStatus() != EmploymentStatus.LEFT
                && people.headsAUnit(id)) {
            throw new InvalidInputException("employmentStatus", "person.error.headsUnit");
        }
        if (people.update(actor.organizationId(), id, form) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        Person after = people.find(actor.organizationId(), id).orElseThrow();
        audit.updated(actor, ENTITY, id, before, after);
        if (after.employmentStatus() == EmploymentStatus.LEFT && before.employmentStatus() != EmploymentStatus.LEFT) {
            events.publishEvent(new PeopleLeft(actor.organizationId(), List.of(id)));
        }
        if (after.unitId() != null && !after.unitId().equals(before.unitId())) {
            events.publishEvent(new PeopleJoinedUnits(actor.organizationId(), List.of(id)));
        }
        return after;
    }

    private boolean mayRead(Actor actor, PersonView view) {
        if (Objects.equals(actor.personId(), view.person().id())) {
            return true;
        }
        return units.scopeOf(actor).covers(view.unitPath());
    }

    /** All violations of a form at once, so a person fixes everything in one go. */
    static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(new ArrayList<>(violations));
        }
    }
}
