package org.uptake.program.resource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramStatus;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

/**
 * Who works for a program and how much: allocations with hours per week over a period, and each
 * allocated person's load across all programs against their weekly capacity.
 */
@Service
public class AllocationService {

    public static final String ENTITY = "allocation";
    private static final long MAX_DAYS = 366L * 5;

    private final ProgramService programs;
    private final AllocationRepository allocations;
    private final AuditLog audit;
    private final BigDecimal defaultCapacity;

    AllocationService(ProgramService programs, AllocationRepository allocations, AuditLog audit,
                      @Value("${uptake.program.weekly-capacity-hours:40}") BigDecimal defaultCapacity) {
        this.programs = programs;
        this.allocations = allocations;
        this.audit = audit;
        this.defaultCapacity = defaultCapacity;
    }

    public BigDecimal defaultCapacity() {
        return defaultCapacity;
    }

    public Slice<Allocation> list(Actor actor, long programId, PageRequest request) {
        programs.requireReader(actor, programId);
        Cursor after = request.cursor();
        LocalDate afterStart = after == null ? LocalDate.of(1, 1, 1) : dateOr(after.key());
        return Slice.of(allocations.page(actor.organizationId(), programId, afterStart, after == null ? 0 : after.id(),
                request.size() + 1), request.size(), a -> new Cursor(a.startsOn().toString(), a.id()));
    }

    public Allocation get(Actor actor, long programId, long id) {
        programs.requireReader(actor, programId);
        return find(actor, programId, id);
    }

    private Allocation find(Actor actor, long programId, long id) {
        return allocations.find(actor.organizationId(), programId, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** Everyone allocated to the program with their load across programs; over-allocated people first. */
    public List<PersonLoad> loads(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        return allocations.loads(actor.organizationId(), programId, defaultCapacity);
    }

    @Transactional
    public Allocation add(Actor actor, long programId, AllocationForm form) {
        editable(actor, programId);
        check(actor, form);
        long id = allocations.insert(actor.organizationId(), programId, form);
        Allocation created = find(actor, programId, id);
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    @Transactional
    public Allocation update(Actor actor, long programId, long id, AllocationForm form) {
        editable(actor, programId);
        Allocation before = find(actor, programId, id);
        check(actor, form);
        if (allocations.update(actor.organizationId(), id, form) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        Allocation after = find(actor, programId, id);
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public void delete(Actor actor, long programId, long id, int version) {
        editable(actor, programId);
        Allocation before = find(actor, programId, id);
        if (allocations.delete(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.deleted(actor, ENTITY, id, before);
    }

    /** Sets the weekly capacity of a person allocated to the program (it holds across all their programs). */
    @Transactional
    public void setCapacity(Actor actor, long programId, long personId, BigDecimal hours) {
        editable(actor, programId);
        if (!allocations.allocated(programId, personId)) {
            throw new NotFoundException("person", personId);
        }
        if (hours == null || hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(168)) > 0 || hours.scale() > 1) {
            throw new InvalidInputException("hoursPerWeek", "allocation.error.capacity");
        }
        BigDecimal before = allocations.capacity(actor.organizationId(), personId).orElse(defaultCapacity);
        allocations.saveCapacity(actor.organizationId(), personId, hours);
        audit.action(actor, ProgramService.ENTITY, programId, "capacity",
                Map.of("person", personId, "hoursPerWeek", List.of(before.toPlainString(), hours.toPlainString())));
    }

    private void check(Actor actor, AllocationForm f) {
        List<Violation> problems = new ArrayList<>();
        if (f.getPersonId() == null || !allocations.personExists(actor.organizationId(), f.getPersonId())) {
            problems.add(Violation.of("personId", "allocation.error.person"));
        }
        if (f.getHoursPerWeek() == null || f.getHoursPerWeek().signum() <= 0
                || f.getHoursPerWeek().compareTo(BigDecimal.valueOf(168)) > 0 || f.getHoursPerWeek().stripTrailingZeros().scale() > 1) {
            problems.add(Violation.of("hoursPerWeek", "allocation.error.hours"));
        }
        if (f.getStartsOn() == null || f.getEndsOn() == null) {
            problems.add(Violation.of("startsOn", "allocation.error.period"));
        } else if (f.getEndsOn().isBefore(f.getStartsOn())) {
            problems.add(Violation.of("endsOn", "allocation.error.endsBeforeStart"));
        } else if (f.getStartsOn().plusDays(MAX_DAYS).isBefore(f.getEndsOn())) {
            problems.add(Violation.of("endsOn", "allocation.error.tooLong"));
        }
        if (f.getRole() != null && f.getRole().length() > 200) {
            problems.add(Violation.of("role", "allocation.error.role"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void editable(Actor actor, long programId) {
        if (programs.requireEditor(actor, programId).program().status() == ProgramStatus.CLOSED) {
            throw new InvalidInputException(null, "program.error.closed");
        }
    }

    private static LocalDate dateOr(String key) {
        try {
            return LocalDate.parse(key);
        } catch (RuntimeException e) {
            return LocalDate.of(1, 1, 1);
        }
    }
}
