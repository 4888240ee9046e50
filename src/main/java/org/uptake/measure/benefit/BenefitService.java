package org.uptake.measure.benefit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramRole;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramStatus;
import org.uptake.shared.Actor;
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
 * The benefits register of a program (seed 003): its editors keep it while the program runs; after the
 * handover to operations the program's line owner does (seed 003:82 — the line takes over benefits
 * realisation), and a benefit's owner records what is realised.
 */
@Service
public class BenefitService {

    public static final String ENTITY = "benefit";
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000000");

    private final ProgramService programs;
    private final BenefitRepository benefits;
    private final AuditLog audit;

    BenefitService(ProgramService programs, BenefitRepository benefits, AuditLog audit) {
        this.programs = programs;
        this.benefits = benefits;
        this.audit = audit;
    }

    /** Editors until the program closes; after the handover (in operation, closed) also the line owner. */
    public boolean edits(Actor actor, long programId) {
        ProgramAccess a = programs.access(actor, programId);
        ProgramStatus s = a.program().status();
        boolean handedOver = s == ProgramStatus.IN_OPERATION || s == ProgramStatus.CLOSED;
        return (a.edits() && s != ProgramStatus.CLOSED) || (handedOver && a.has(ProgramRole.LINE_OWNER));
    }

    /** Whoever edits the register, and the benefit's owner. */
    public boolean records(Actor actor, Benefit b) {
        return edits(actor, b.programId()) || (actor.personId() != null && actor.personId().equals(b.ownerPersonId()));
    }

    public Slice<Benefit> list(Actor actor, long programId, PageRequest request) {
        programs.requireReader(actor, programId);
        Cursor after = request.cursor();
        LocalDate afterDue = after == null ? null : parse(after.key());
        return Slice.of(benefits.page(actor.organizationId(), programId, afterDue, afterDue == null ? 0 : after.id(), request.size() + 1),
                request.size(), b -> new Cursor(b.realisationDue().toString(), b.id()));
    }

    public Benefit get(Actor actor, long programId, long id) {
        programs.requireReader(actor, programId);
        return find(actor, programId, id);
    }

    private Benefit find(Actor actor, long programId, long id) {
        return benefits.find(actor.organizationId(), programId, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Transactional
    public Benefit create(Actor actor, long programId, BenefitForm form) {
        requireEditor(actor, programId);
        check(actor, programId, form);
        long id = benefits.insert(actor.organizationId(), programId, form);
        benefits.replaceKpis(actor.organizationId(), id, form.getKpiIds());
        Benefit created = find(actor, programId, id);
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    @Transactional
    public Benefit update(Actor actor, long programId, long id, BenefitForm form) {
        requireEditor(actor, programId);
        Benefit before = find(actor, programId, id);
        check(actor, programId, form);
        if (benefits.update(actor.organizationId(), id, form) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        benefits.replaceKpis(actor.organizationId(), id, form.getKpiIds());
        Benefit after = find(actor, programId, id);
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public void delete(Actor actor, long programId, long id, int version) {
        requireEditor(actor, programId);
        Benefit before = find(actor, programId, id);
        if (benefits.delete(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.deleted(actor, ENTITY, id, before);
    }

    /** Records an amount realised on a date (not in the future, not before the realisation starts). */
    @Transactional
    public Realisation realise(Actor actor, long programId, long id, LocalDate on, BigDecimal amount, String note) {
        Benefit b = get(actor, programId, id);
        if (!records(actor, b)) {
            throw new ForbiddenException("record benefit realisation");
        }
        List<Violation> problems = new ArrayList<>();
        if (amount == null || amount.signum() == 0 || amount.abs().compareTo(LIMIT) >= 0) {
            problems.add(Violation.of("amount", "benefit.error.amount"));
        }
        if (on == null || on.isAfter(LocalDate.now()) || on.isBefore(b.realisationStart())) {
            problems.add(Violation.of("realisedOn", "benefit.error.realisedOn", b.realisationStart().toString()));
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 1000) {
            problems.add(Violation.of("note", "benefit.error.tooLong"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long rid = benefits.addRealisation(actor.organizationId(), id, on, amount, text, actor.displayName());
        audit.action(actor, ENTITY, id, "realised", Map.of("on", on.toString(), "amount", amount.toPlainString()));
        return benefits.realisations(actor.organizationId(), id).stream().filter(r -> r.id() == rid).findFirst().orElseThrow();
    }

    public List<Realisation> realisations(Actor actor, long programId, long id) {
        get(actor, programId, id);
        return benefits.realisations(actor.organizationId(), id);
    }

    /** The realisation curve: per month, the expected cumulative value (a straight line to the due date) and the realised one. */
    public RealisationCurve curve(Actor actor, long programId, long id) {
        Benefit b = get(actor, programId, id);
        return RealisationCurve.of(b, benefits.realisations(actor.organizationId(), id), LocalDate.now());
    }

    private void requireEditor(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        if (!edits(actor, programId)) {
            throw new ForbiddenException("edit benefits");
        }
    }

    private void check(Actor actor, long programId, BenefitForm f) {
        List<Violation> problems = new ArrayList<>();
        if (f.getTitle() == null || f.getTitle().length() > 300) {
            problems.add(Violation.of("title", "benefit.error.title"));
        }
        if (f.getExpectedValue() == null || f.getExpectedValue().signum() <= 0 || f.getExpectedValue().compareTo(LIMIT) >= 0) {
            problems.add(Violation.of("expectedValue", "benefit.error.expected"));
        }
        if (f.getUnitOfMeasure() == null || f.getUnitOfMeasure().length() > 40) {
            problems.add(Violation.of("unitOfMeasure", "kpi.error.unitOfMeasure"));
        }
        if (f.getRealisationStart() == null || f.getRealisationDue() == null || !f.getRealisationDue().isAfter(f.getRealisationStart())) {
            problems.add(Violation.of("realisationDue", "benefit.error.dates"));
        }
        if (f.getStatus() == null) {
            f.setStatus(BenefitStatus.PLANNED);
        }
        if (f.getOwnerPersonId() != null && !benefits.personExists(actor.organizationId(), f.getOwnerPersonId())) {
            problems.add(Violation.of("ownerPersonId", "kpi.error.owner"));
        }
        var known = new HashSet<>(benefits.kpisOf(actor.organizationId(), programId, f.getKpiIds()));
        List<Long> unknown = f.getKpiIds().stream().filter(k -> !known.contains(k)).toList();
        if (f.getKpiIds().size() > 50 || !unknown.isEmpty()) {
            problems.add(Violation.of("kpiIds", "benefit.error.kpi", unknown.toString()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static LocalDate parse(String key) {
        try {
            return LocalDate.parse(key);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
