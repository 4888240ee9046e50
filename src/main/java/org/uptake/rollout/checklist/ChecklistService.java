package org.uptake.rollout.checklist;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.ProgramService;
import org.uptake.rollout.evidence.EvidenceStore;
import org.uptake.rollout.readiness.ReadinessService;
import org.uptake.rollout.wave.WaveService;
import org.uptake.rollout.wave.WaveUnit;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.files.StoredFile;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

/**
 * The unit checklists of a program. Coordinators keep the template and run the items; an item's owner
 * may update that item; readers of the program and the unit's head see them. Every change of an item
 * recomputes the program's readiness (the checklist criterion reads the share of complete items).
 */
@Service
public class ChecklistService {

    public static final String ITEM = "rolloutChecklistItem";
    public static final String TEMPLATE_ITEM = "rolloutChecklistTemplateItem";

    private final ProgramService programs;
    private final WaveService waves;
    private final ReadinessService readiness;
    private final ChecklistRepository repository;
    private final EvidenceStore evidence;
    private final MessageSource messages;
    private final AuditLog audit;
    private final BulkMarking bulkMarking;

    ChecklistService(ProgramService programs, WaveService waves, ReadinessService readiness, ChecklistRepository repository,
                     EvidenceStore evidence, MessageSource messages, AuditLog audit, BulkMarking bulkMarking) {
        this.programs = programs;
        this.waves = waves;
        this.readiness = readiness;
        this.repository = repository;
        this.evidence = evidence;
        this.messages = messages;
        this.audit = audit;
        this.bulkMarking = bulkMarking;
    }

    public List<TemplateItem> template(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        return repository.templateItems(actor.organizationId(), programId);
    }

    /** One template item, for its page (readers of the program). */
    public TemplateItem templateItem(Actor actor, long programId, long id) {
        programs.requireReader(actor, programId);
        return repository.templateItem(actor.organizationId(), programId, id)
                .orElseThrow(() -> new NotFoundException(TEMPLATE_ITEM, id));
    }

    @Transactional
    public TemplateItem addTemplateItem(Actor actor, long programId, TemplateItemForm form) {
        programs.requireEditor(actor, programId);
        checkOwner(actor, form.ownerPersonId());
        ensureTemplate(actor.organizationId(), programId);
        long id = repository.insertTemplateItem(actor.organizationId(), programId, form);
        TemplateItem created = templateItem(actor, programId, id);
        audit.created(actor, TEMPLATE_ITEM, id, created);
        generate(actor.organizationId(), programId);
        return created;
    }

    @Transactional
    public TemplateItem updateTemplateItem(Actor actor, long programId, long id, TemplateItemForm form) {
        programs.requireEditor(actor, programId);
        TemplateItem before = templateItem(actor, programId, id);
        checkOwner(actor, form.ownerPersonId());
        if (form.category() != before.category()) {
            throw new InvalidInputException("category", "rollout.error.categoryFixed");
        }
        if (repository.updateTemplateItem(actor.organizationId(), id, form) == 0) {
            throw new StaleVersionException(TEMPLATE_ITEM, id);
        }
        repository.followTemplate(actor.organizationId(), id);
        repository.followGoLive(actor.organizationId(), programId);
        TemplateItem after = templateItem(actor, programId, id);
        audit.updated(actor, TEMPLATE_ITEM, id, before, after);
        return after;
    }

    @Transactional
    public void deleteTemplateItem(Actor actor, long programId, long id, int version) {
        programs.requireEditor(actor, programId);
        TemplateItem before = templateItem(actor, programId, id);
        if (repository.deleteTemplateItem(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(TEMPLATE_ITEM, id);
        }
        audit.deleted(actor, TEMPLATE_ITEM, id, before);
        repository.recount(actor.organizationId(), programId, null);
        readiness.recompute(actor.organizationId(), programId);
    }

    /** A page of a wave unit's checklist, optionally one category or status. */
    public Slice<ChecklistItem> items(Actor actor, long programId, long waveUnitId, Category category, ItemStatus status,
                                      PageRequest page) {
        waves.unit(actor, programId, waveUnitId);
        return Slice.of(repository.items(actor.organizationId(), programId, waveUnitId, category, status, page.cursor(),
                page.size() + 1), page.size(), i -> new Cursor(i.category().name(), i.id()));
    }

    public ChecklistSummary summary(Actor actor, long programId, long waveUnitId) {
        waves.unit(actor, programId, waveUnitId);
        return repository.summaries(actor.organizationId(), programId, waveUnitId).stream().findFirst()
                .orElse(new ChecklistSummary(waveUnitId, 0, 0, 0, 0));
    }

    /** Checklist progress of every wave unit of the program, by wave unit id. */
    public Map<Long, ChecklistSummary> summaries(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        Map<Long, ChecklistSummary> map = new java.util.HashMap<>();
        repository.summaries(actor.organizationId(), programId, null).forEach(s -> map.put(s.waveUnitId(), s));
        return map;
    }

    public ChecklistItem item(Actor actor, long programId, long itemId) {
        ChecklistItem item = find(actor, programId, itemId);
        waves.unit(actor, programId, item.waveUnitId());
        return item;
    }

    /** An evidence file as uploaded: name, declared content type, bytes. */
    public record Upload(String name, String contentType, byte[] content) {
    }

    @Transactional
    public ChecklistItem update(Actor actor, long programId, long itemId, ItemForm form) {
        return update(actor, programId, itemId, form, null);
    }

    /** Changes the item and, when given, attaches the file with it: both or nothing. */
    @Transactional
    public ChecklistItem update(Actor actor, long programId, long itemId, ItemForm form, Upload upload) {
        ChecklistItem before = find(actor, programId, itemId);
        requireRunner(actor, programId, before);
        checkOwner(actor, form.ownerPersonId());
        boolean dueByHand = !Objects.equals(form.dueDate(), before.dueDate());
        if (repository.update(actor.organizationId(), itemId, form, dueByHand, actor.displayName()) == 0) {
            throw new StaleVersionException(ITEM, itemId);
        }
        repository.recount(actor.organizationId(), programId, List.of(before.waveUnitId()));
        if (upload != null) {
            attach(actor, programId, itemId, form.version() + 1, upload.name(), upload.contentType(), upload.content());
        }
        ChecklistItem after = find(actor, programId, itemId);
        audit.updated(actor, ITEM, itemId, before, after);
        readiness.recompute(actor.organizationId(), programId);
        return after;
    }

    /** Attaches an evidence file (checked for size and type before anything is stored). */
    @Transactional
    public ChecklistItem attach(Actor actor, long programId, long itemId, int version, String name, String contentType,
                                byte[] content) {
        ChecklistItem before = find(actor, programId, itemId);
        requireRunner(actor, programId, before);
        if (before.version() != version) {
            throw new StaleVersionException(ITEM, itemId);
        }
        StoredFile file = evidence.store(actor, name, contentType, content);
        if (repository.attachFile(actor.organizationId(), itemId, file.id(), version) == 0) {
            throw new StaleVersionException(ITEM, itemId);
        }
        audit.action(actor, ITEM, itemId, "evidenceFile", Map.of("file", file.name(), "bytes", file.sizeBytes()));
        return find(actor, programId, itemId);
    }

    public record Evidence(StoredFile file, byte[] content) {
    }

    public Evidence evidence(Actor actor, long programId, long itemId) {
        ChecklistItem item = item(actor, programId, itemId);
        if (item.evidenceFileId() == null) {
            throw new NotFoundException("file", itemId);
        }
        return new Evidence(evidence.get(actor, item.evidenceFileId()), evidence.content(actor, item.evidenceFileId()));
    }

    /**
     * Marks many items at once: the listed ones (at the versions the user saw) or all of a wave or a wave unit (one
     * category or both, with the snapshot token the user saw); anything changed meanwhile refuses it all as stale.
     */
    public int mark(Actor actor, long programId, BulkMark bulk) {
        return bulkMarking.mark(actor, programId, bulk);
    }

    /** The token of the items of a wave unit (or a wave) as they are now, for a bulk mark of "all of them". */
    public String snapshot(Actor actor, long programId, Long waveId, Long waveUnitId) {
        if (waveId == null && waveUnitId == null) {
            throw new InvalidInputException("waveUnitId", "rollout.error.bulkNothing");
        }
        programs.requireReader(actor, programId);
        return bulkMarking.snapshot(actor, programId, waveId, waveUnitId);
    }

    /** Brings the program's checklists up to date with its waves and template (idempotent). */
    @Transactional
    public void generate(long org, long programId) {
        ensureTemplate(org, programId);
        repository.generateInfrastructure(org, programId);
        repository.generateAccess(org, programId, null);
        repository.followGoLive(org, programId);
        repository.recount(org, programId, null);
        readiness.recompute(org, programId);
    }

    /** People joined units: access items for them in every program whose waves cover their new unit. */
    @Transactional
    public void peopleJoined(long org, List<Long> personIds) {
        for (long programId : repository.programsOfPeople(org, personIds)) {
            if (repository.generateAccess(org, programId, personIds) > 0) {
                repository.recount(org, programId, null);
                readiness.recompute(org, programId);
            }
        }
    }

    @Transactional
    public List<Long> peopleLeft(long org, List<Long> personIds) {
        List<long[]> closed = repository.closeAccessOf(org, personIds, "Left the organisation");
        repository.recount(org, null, closed.stream().map(c -> c[1]).toList());
        return closed.stream().map(c -> c[0]).toList();
    }

    /** The unit's wave unit must exist in the program (the API's bulk call names it). */
    public WaveUnit waveUnit(Actor actor, long programId, long waveUnitId) {
        return waves.unit(actor, programId, waveUnitId);
    }

    private void ensureTemplate(long org, long programId) {
        if (!repository.createTemplate(org, programId)) {
            return;
        }
        Locale locale = Locale.forLanguageTag(repository.languageOf(org, programId));
        for (DefaultItem d : DefaultItem.values()) {
            String title = messages.getMessage("rollout.checklist.default." + d.key, null, d.key, locale);
            repository.insertTemplateItem(org, programId, new TemplateItemForm(d.category, title, null, d.daysBefore, 0));
        }
    }

    private void requireRunner(Actor actor, long programId, ChecklistItem item) {
        if (programs.access(actor, programId).edits()) {
            return;
        }
        if (actor.personId() == null || !actor.personId().equals(item.ownerPersonId())) {
            throw new ForbiddenException("update checklist item");
        }
    }

    private void checkOwner(Actor actor, Long personId) {
        if (personId != null && !repository.personExists(actor.organizationId(), personId)) {
            throw new InvalidInputException("ownerPersonId", "rollout.error.unknownPerson");
        }
    }

    private ChecklistItem find(Actor actor, long programId, long id) {
        return repository.item(actor.organizationId(), programId, id).orElseThrow(() -> new NotFoundException(ITEM, id));
    }

    /** The built-in template of seed 000 item 1.4, copied into a program the first time its checklists are made. */
    private enum DefaultItem {
        SERVERS("servers", Category.INFRASTRUCTURE, 14),
        NETWORK("network", Category.INFRASTRUCTURE, 14),
        WORKSTATIONS("workstations", Category.INFRASTRUCTURE, 7),
        HARDWARE("hardware", Category.INFRASTRUCTURE, 7),
        SOFTWARE("software", Category.INFRASTRUCTURE, 7),
        ACCOUNT("account", Category.ACCESS, 3);

        private final String key;
        private final Category category;
        private final int daysBefore;

        DefaultItem(String key, Category category, int daysBefore) {
            this.key = key;
            this.category = category;
            this.daysBefore = daysBefore;
        }
    }
}
