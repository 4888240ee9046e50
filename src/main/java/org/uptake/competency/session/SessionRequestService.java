package org.uptake.competency.session;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.competency.plan.PersonalAccess;
import org.uptake.org.unit.UnitService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

/**
 * Unit-level training needs (seed 002 line 484: "training needs of the unit"): where several people
 * of a unit lack the same competency, a unit head (for their subtree) or a coordinator asks for one
 * session instead of many individual courses. The request counts the people with the gap at that
 * moment; the training module schedules it (see {@link TrainingSessionRequested}).
 */
@Service
public class SessionRequestService {

    static final String ENTITY = "training_session_request";

    private final SessionRequestRepository requests;
    private final PersonalAccess access;
    private final UnitService units;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    SessionRequestService(SessionRequestRepository requests, PersonalAccess access, UnitService units, AuditLog audit,
                          ApplicationEventPublisher events) {
        this.requests = requests;
        this.access = access;
        this.units = units;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public SessionRequest request(Actor actor, SessionRequestForm form) {
        SessionRequestRepository.UnitRef unit = requireUnit(actor, form.getUnitId());
        if (!requests.competencyExists(actor.organizationId(), form.getCompetencyId())) {
            throw new InvalidInputException("competencyId", "sessions.error.competency");
        }
        List<SessionRequestRepository.Gap> gaps = requests.gaps(actor.organizationId(), unit.path(), form.getCompetencyId());
        if (gaps.isEmpty()) {
            throw new InvalidInputException("competencyId", "sessions.error.noGap", unit.name());
        }
        if (requests.hasOpen(actor.organizationId(), unit.id(), form.getCompetencyId())) {
            throw new InvalidInputException("competencyId", "sessions.error.duplicate", unit.name());
        }
        BigDecimal average = BigDecimal.valueOf(gaps.stream().mapToInt(SessionRequestRepository.Gap::gap).average().orElse(0))
                .setScale(2, RoundingMode.HALF_UP);
        long id;
        try {
            id = requests.insert(actor.organizationId(), form, gaps.size(), average, actor.displayName());
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("competencyId", "sessions.error.duplicate", unit.name());
        }
        SessionRequest created = requests.find(actor.organizationId(), id).orElseThrow();
        audit.created(actor, ENTITY, id, created);
        events.publishEvent(new TrainingSessionRequested(actor.organizationId(), id, unit.id(), form.getCompetencyId(),
                gaps.stream().map(SessionRequestRepository.Gap::personId).toList()));
        return created;
    }

    @Transactional
    public SessionRequest cancel(Actor actor, long id, int version) {
        SessionRequest before = get(actor, id);
        if (!before.open()) {
            throw new InvalidInputException(null, "sessions.error.closed");
        }
        if (requests.cancel(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.action(actor, ENTITY, id, "cancelled", Map.of("unit", before.unitName(), "competency", before.competencyName()));
        return get(actor, id);
    }

    /** Open requests for coordinators and admins to schedule; nobody else schedules, so others get none. */
    public List<SessionRequest> open(Actor actor, int limit) {
        return access.isHrOrCoordinator(actor) ? requests.open(actor.organizationId(), limit) : List.of();
    }

    /**
     * Who has the gap now, for an open request: the people to enrol when the training module schedules it
     * (not those counted when it was asked for — someone may have closed their gap or left since).
     */
    public List<Long> peopleWithGap(Actor actor, long id) {
        SessionRequest r = get(actor, id);
        if (!r.open()) {
            throw new InvalidInputException("requestId", "sessions.error.closed");
        }
        String path = requests.unit(actor.organizationId(), r.unitId()).orElseThrow().path();
        return requests.gaps(actor.organizationId(), path, r.competencyId()).stream().map(SessionRequestRepository.Gap::personId).toList();
    }

    /** Records the session that answers the request; {@code sessionRef} is the training module's reference. */
    @Transactional
    public SessionRequest markScheduled(Actor actor, long id, int version, String sessionRef) {
        SessionRequest before = get(actor, id);
        if (!access.isHrOrCoordinator(actor)) {
            throw new ForbiddenException("schedule training session request " + id);
        }
        if (!before.open()) {
            throw new InvalidInputException("requestId", "sessions.error.closed");
        }
        if (requests.schedule(actor.organizationId(), id, version, sessionRef) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.action(actor, ENTITY, id, "scheduled", Map.of("session", sessionRef));
        return get(actor, id);
    }

    public SessionRequest get(Actor actor, long id) {
        SessionRequest r = requests.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        requireUnit(actor, r.unitId());
        return r;
    }

    public List<org.uptake.shared.audit.AuditEntry> history(Actor actor, long id) {
        get(actor, id);
        return audit.history(actor.organizationId(), ENTITY, id, 50);
    }

    /** Requests below a unit (the whole organisation, for coordinators and admins, when none is given), newest first. */
    public Slice<SessionRequest> list(Actor actor, Long unitId, PageRequest page) {
        String path = "/";
        if (unitId != null) {
            path = requireUnit(actor, unitId).path();
        } else if (!access.isHrOrCoordinator(actor)) {
            throw new ForbiddenException("see the training session requests");
        }
        return Slice.of(requests.page(actor.organizationId(), path, page.cursor(), page.size()), page.size(),
                r -> new Cursor(null, r.id()));
    }

    /** Whether the actor may ask for sessions for this unit: coordinators and admins anywhere, unit heads in their subtree. */
    public boolean mayRequest(Actor actor, Long unitId) {
        if (access.isHrOrCoordinator(actor)) {
            return true;
        }
        if (unitId == null || !actor.has(Role.UNIT_HEAD)) {
            return false;
        }
        return requests.unit(actor.organizationId(), unitId).map(u -> units.scopeOf(actor).covers(u.path())).orElse(false);
    }

    private SessionRequestRepository.UnitRef requireUnit(Actor actor, long unitId) {
        SessionRequestRepository.UnitRef unit = requests.unit(actor.organizationId(), unitId)
                .orElseThrow(() -> new NotFoundException("unit", unitId));
        boolean allowed = access.isHrOrCoordinator(actor) || actor.has(Role.UNIT_HEAD) && units.scopeOf(actor).covers(unit.path());
        if (!allowed) {
            throw new ForbiddenException("ask for training sessions for unit " + unitId);
        }
        return unit;
    }
}
