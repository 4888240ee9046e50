package org.uptake.engagement.communication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.engagement.stakeholder.StakeholderService;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramStatus;
import org.uptake.rollout.wave.Wave;
import org.uptake.rollout.wave.WaveService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.mail.MailOutbox;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

/**
 * A program's communication plan. Everyone who reads the program reads the plan; its coordinator, deputy and the
 * admins change it. An e-mail item is sent by {@link CommunicationSender} on its date (or at once with "send now");
 * from then on its text and audience are what was sent and only its notes change.
 */
@Service
public class CommunicationService {

    public static final String ENTITY = "communication";

    private final ProgramService programs;
    private final CommunicationRepository items;
    private final DeliveryRepository deliveries;
    private final WaveService waves;
    private final StakeholderService stakeholders;
    private final MailOutbox outbox;
    private final AuditLog audit;

    CommunicationService(ProgramService programs, CommunicationRepository items, DeliveryRepository deliveries, WaveService waves,
                         StakeholderService stakeholders, MailOutbox outbox, AuditLog audit) {
        this.outbox = outbox;
        this.programs = programs;
        this.items = items;
        this.deliveries = deliveries;
        this.waves = waves;
        this.stakeholders = stakeholders;
        this.audit = audit;
    }

    public ProgramAccess requireReader(Actor actor, long programId) {
        return programs.requireReader(actor, programId);
    }

    private ProgramAccess requireEditor(Actor actor, long programId) {
        ProgramAccess access = programs.requireEditor(actor, programId);
        if (access.program().status() == ProgramStatus.CLOSED) {
            throw new InvalidInputException(null, "program.error.closed");
        }
        return access;
    }

    /** Items by date within [from, to] (either may be open), keyset-paged by (date, id). */
    public Slice<Communication> list(Actor actor, long programId, LocalDate from, LocalDate to, PageRequest request) {
        requireReader(actor, programId);
        Cursor after = request.cursor();
        LocalDate afterDate = after == null ? null : date(after.key());
        return Slice.of(items.page(actor.organizationId(), programId, from, to, afterDate, afterDate == null ? 0 : after.id(),
                request.size() + 1), request.size(), c -> new Cursor(c.plannedOn().toString(), c.id()));
    }

    public Communication get(Actor actor, long programId, long id) {
        requireReader(actor, programId);
        return find(actor.organizationId(), programId, id);
    }

    private Communication find(long org, long programId, long id) {
        return items.find(org, programId, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public List<Translation> translations(Actor actor, long programId, long id) {
        return items.translations(get(actor, programId, id).id());
    }

    @Transactional
    public Communication create(Actor actor, long programId, CommunicationForm form) {
        requireEditor(actor, programId);
        check(actor, programId, form);
        long id = items.insert(actor.organizationId(), programId, form);
        items.replaceAudience(actor.organizationId(), id, form);
        Communication created = find(actor.organizationId(), programId, id);
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    @Transactional
    public Communication update(Actor actor, long programId, long id, CommunicationForm form) {
        requireEditor(actor, programId);
        Communication before = find(actor.organizationId(), programId, id);
        if (before.status().dispatched()) {
            if (items.updateNotes(actor.organizationId(), id, form.getNotes(), form.getVersion()) == 0) {
                throw new StaleVersionException(ENTITY, id);
            }
        } else {
            check(actor, programId, form);
            if (items.update(actor.organizationId(), id, form) == 0) {
                throw new StaleVersionException(ENTITY, id);
            }
            items.replaceAudience(actor.organizationId(), id, form);
        }
        Communication after = find(actor.organizationId(), programId, id);
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public void delete(Actor actor, long programId, long id, int version) {
        requireEditor(actor, programId);
        Communication before = find(actor.organizationId(), programId, id);
        if (before.status().dispatched()) {
            throw new InvalidInputException(null, "communication.error.sentKept");
        }
        if (items.delete(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.deleted(actor, ENTITY, id, before);
    }

    /** Sends an e-mail item now instead of on its date: its recipients are fixed at once, the mail goes out in the background. */
    @Transactional
    public Progress sendNow(Actor actor, long programId, long id, int version) {
        requireEditor(actor, programId);
        Communication c = find(actor.organizationId(), programId, id);
        if (!c.email()) {
            throw new InvalidInputException("channel", "communication.error.notEmail");
        }
        if (c.status() != CommunicationStatus.PLANNED) {
            throw new InvalidInputException("status", "communication.error.notPlanned");
        }
        if (items.touch(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        int recipients = start(actor.organizationId(), id);
        audit.action(actor, ENTITY, id, "sendingStarted", Map.of("recipients", recipients));
        return deliveries.progress(actor.organizationId(), id);
    }

    /** Fixes the recipients of an e-mail item and hands it to the background sender; also the sender's own start on the date. */
    int start(long org, long id) {
        deliveries.markSending(id);
        return deliveries.addRecipients(org, id);
    }

    public Progress progress(Actor actor, long programId, long id) {
        return deliveries.progress(actor.organizationId(), get(actor, programId, id).id());
    }

    /** One page of the sent log; {@code state} FAILED or INVALID shows only the problems. */
    public Slice<Delivery> log(Actor actor, long programId, long id, String state, String after, int size) {
        get(actor, programId, id);
        Cursor cursor = Cursor.decode(after);
        String filter = "FAILED".equals(state) || "INVALID".equals(state) ? state : null;
        int limit = Math.max(1, Math.min(size, PageRequest.MAX_SIZE));
        return Slice.of(deliveries.log(actor.organizationId(), id, filter, cursor == null ? 0 : cursor.id(), limit + 1), limit,
                d -> new Cursor("", d.id()));
    }

    /** Gives the item's failed messages a fresh series of attempts through the outbox. */
    @Transactional
    public int retryFailed(Actor actor, long programId, long id) {
        requireEditor(actor, programId);
        find(actor.organizationId(), programId, id);
        int retried = outbox.retryFailed(actor.organizationId(), deliveries.failedOutboxIds(actor.organizationId(), id));
        if (retried == 0) {
            throw new InvalidInputException(null, "communication.error.nothingFailed");
        }
        audit.action(actor, ENTITY, id, "retried", Map.of("messages", retried));
        return retried;
    }

    @Transactional
    public void saveTranslation(Actor actor, long programId, long id, Translation t, int version) {
        requireEditor(actor, programId);
        Communication c = find(actor.organizationId(), programId, id);
        List<Violation> problems = new ArrayList<>();
        if (!org.uptake.shared.Languages.isSupported(t.language())) {
            problems.add(Violation.of("language", "communication.error.language"));
        }
        if (t.subject() == null || t.subject().isBlank() || t.subject().length() > 300) {
            problems.add(Violation.of("subject", "communication.error.subject"));
        }
        if (t.body() == null || t.body().isBlank() || t.body().length() > 20000) {
            problems.add(Violation.of("body", "communication.error.body"));
        }
        if (c.status().dispatched()) {
            problems.add(Violation.of(null, "communication.error.alreadySent"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (items.touch(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        items.saveTranslation(actor.organizationId(), id, new Translation(t.language(), t.subject().strip(), t.body().strip()));
        audit.action(actor, ENTITY, id, "translationSaved", Map.of("language", t.language()));
    }

    private void check(Actor actor, long programId, CommunicationForm f) {
        long org = actor.organizationId();
        List<Violation> problems = new ArrayList<>();
        if (f.getTitle() == null || f.getTitle().length() > 300) {
            problems.add(Violation.of("title", "communication.error.title"));
        }
        if (f.getMessageType() == null) {
            problems.add(Violation.of("messageType", "communication.error.messageType"));
        }
        if (f.getChannel() == null) {
            problems.add(Violation.of("channel", "communication.error.channel"));
        }
        if (f.getPlannedOn() == null) {
            problems.add(Violation.of("plannedOn", "communication.error.date"));
        }
        checkStatus(f, problems);
        if (f.getChannel() == Channel.EMAIL && (f.getSubject() == null || f.getBody() == null)) {
            problems.add(Violation.of("subject", "communication.error.emailText"));
        }
        if (f.getOwnerPersonId() != null && items.countOf("person", org, List.of(f.getOwnerPersonId())) == 0) {
            problems.add(Violation.of("ownerPersonId", "communication.error.owner"));
        }
        checkAudience(actor, programId, f, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void checkStatus(CommunicationForm f, List<Violation> problems) {
        if (f.getStatus() == null) {
            f.setStatus(CommunicationStatus.PLANNED);
        }
        boolean byHand = f.getStatus() == CommunicationStatus.PLANNED || f.getStatus() == CommunicationStatus.CANCELLED
                || (f.getStatus() == CommunicationStatus.DONE && f.getChannel() != Channel.EMAIL);
        if (!byHand) {
            problems.add(Violation.of("status", "communication.error.status"));
        }
    }

    private void checkAudience(Actor actor, long programId, CommunicationForm f, List<Violation> problems) {
        long org = actor.organizationId();
        if (f.audienceEmpty()) {
            problems.add(Violation.of("audience", "communication.error.audienceEmpty"));
            return;
        }
        if (items.countOf("unit", org, f.getUnitIds()) != f.getUnitIds().size()) {
            problems.add(Violation.of("unitIds", "communication.error.unit"));
        }
        if (items.countOf("position", org, f.getPositionIds()) != f.getPositionIds().size()) {
            problems.add(Violation.of("positionIds", "communication.error.position"));
        }
        List<Long> programWaves = waves.list(actor, programId).stream().map(Wave::id).toList();
        if (!programWaves.containsAll(f.getWaveIds())) {
            problems.add(Violation.of("waveIds", "communication.error.wave"));
        }
        if (!stakeholders.unknown(actor, programId, f.getStakeholderIds()).isEmpty()) {
            problems.add(Violation.of("stakeholderIds", "communication.error.stakeholder"));
        }
    }

    private static LocalDate date(String key) {
        try {
            return LocalDate.parse(key);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
