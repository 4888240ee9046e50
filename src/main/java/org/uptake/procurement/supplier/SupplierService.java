package org.uptake.procurement.supplier;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.approval.SignOffService;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramStatus;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

/**
 * The vendors and integrators of a program (seed 002 part D, 7 "control the integrators"): the kick-off,
 * status meetings at least weekly, and the stages they deliver. Program readers read; its editors record.
 */
@Service
public class SupplierService {

    public static final String ENTITY = "supplier";

    private final ProgramService programs;
    private final SupplierRepository suppliers;
    private final SupplierWorkRepository work;
    private final AuditLog audit;

    SupplierService(ProgramService programs, SupplierRepository suppliers, SupplierWorkRepository work, AuditLog audit) {
        this.programs = programs;
        this.suppliers = suppliers;
        this.work = work;
        this.audit = audit;
    }

    public Slice<Supplier> list(Actor actor, long programId, PageRequest request) {
        programs.requireReader(actor, programId);
        Cursor after = request.cursor();
        return Slice.of(suppliers.page(actor.organizationId(), programId, after == null ? 0 : after.id(), request.size() + 1),
                request.size(), s -> new Cursor("", s.id()));
    }

    /** Every supplier of the program, for its tab (a program works with a few). */
    public List<Supplier> all(Actor actor, long programId) {
        return list(actor, programId, PageRequest.first(PageRequest.MAX_SIZE)).items();
    }

    public Supplier get(Actor actor, long programId, long id) {
        programs.requireReader(actor, programId);
        return find(actor, programId, id);
    }

    Supplier find(Actor actor, long programId, long id) {
        return suppliers.find(actor.organizationId(), programId, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Transactional
    public Supplier create(Actor actor, long programId, SupplierForm form) {
        editable(actor, programId);
        long id = suppliers.insert(actor.organizationId(), programId, form);
        Supplier created = find(actor, programId, id);
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    @Transactional
    public Supplier update(Actor actor, long programId, long id, SupplierForm form) {
        editable(actor, programId);
        Supplier before = find(actor, programId, id);
        if (suppliers.update(actor.organizationId(), id, form) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        Supplier after = find(actor, programId, id);
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    public Optional<Kickoff> kickoff(Actor actor, long programId, long id) {
        get(actor, programId, id);
        return suppliers.kickoff(actor.organizationId(), id);
    }

    /** Records the kick-off (version 0 the first time) or changes it. */
    @Transactional
    public Kickoff saveKickoff(Actor actor, long programId, long id, KickoffForm form) {
        editable(actor, programId);
        find(actor, programId, id);
        notInFuture(actor, "heldOn", form.heldOn());
        Optional<Kickoff> before = suppliers.kickoff(actor.organizationId(), id);
        boolean saved = before.isEmpty() && form.version() == 0 ? suppliers.insertKickoff(actor.organizationId(), id, form)
                : suppliers.updateKickoff(actor.organizationId(), id, form);
        if (!saved) {
            throw new StaleVersionException("kickoff", id);
        }
        Kickoff after = suppliers.kickoff(actor.organizationId(), id).orElseThrow();
        audit.updated(actor, ENTITY, id, before.orElse(null), after);
        return after;
    }

    public Slice<StatusMeeting> meetings(Actor actor, long programId, long id, PageRequest request) {
        get(actor, programId, id);
        Cursor after = request.cursor();
        LocalDate day = after == null ? LocalDate.of(9999, 1, 1) : day(after.key());
        return Slice.of(work.meetings(actor.organizationId(), id, day, after == null ? Long.MAX_VALUE : after.id(),
                request.size() + 1), request.size(), m -> new Cursor(m.heldOn().toString(), m.id()));
    }

    @Transactional
    public StatusMeeting addMeeting(Actor actor, long programId, long id, MeetingForm form) {
        editable(actor, programId);
        find(actor, programId, id);
        notInFuture(actor, "heldOn", form.heldOn());
        long meetingId = work.insertMeeting(actor.organizationId(), id, form);
        StatusMeeting m = new StatusMeeting(meetingId, id, form.heldOn(), form.attendees().strip(), form.notes());
        audit.action(actor, ENTITY, id, "statusMeeting", java.util.Map.of("heldOn", form.heldOn().toString(),
                "attendees", m.attendees()));
        return m;
    }

    public List<StageDelivery> deliveries(Actor actor, long programId, long id) {
        get(actor, programId, id);
        return work.deliveries(actor.organizationId(), id, 500);
    }

    @Transactional
    public StageDelivery addDelivery(Actor actor, long programId, long id, DeliveryForm form) {
        editable(actor, programId);
        find(actor, programId, id);
        notInFuture(actor, "deliveredOn", form.deliveredOn());
        long deliveryId = work.insertDelivery(actor.organizationId(), id, form);
        StageDelivery d = work.delivery(actor.organizationId(), id, deliveryId).orElseThrow();
        audit.action(actor, ENTITY, id, "stageDelivered", java.util.Map.of("stage", d.stage(),
                "deliveredOn", d.deliveredOn().toString()));
        return d;
    }

    StageDelivery delivery(Actor actor, long supplierId, long deliveryId) {
        return work.delivery(actor.organizationId(), supplierId, deliveryId)
                .orElseThrow(() -> new NotFoundException("stage_delivery", deliveryId));
    }

    void editable(Actor actor, long programId) {
        if (programs.requireEditor(actor, programId).program().status() == ProgramStatus.CLOSED) {
            throw new InvalidInputException(null, "program.error.closed");
        }
    }

    private static void notInFuture(Actor actor, String field, LocalDate day) {
        if (day != null && day.isAfter(SignOffService.today(actor))) {
            throw new InvalidInputException(field, "procurement.error.future");
        }
    }

    private static LocalDate day(String key) {
        try {
            return LocalDate.parse(key);
        } catch (java.time.format.DateTimeParseException e) {
            return LocalDate.of(9999, 1, 1);
        }
    }
}
