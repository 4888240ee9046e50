package org.uptake.governance.document;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.audit.AuditLog;
import org.uptake.governance.markup.MarkupValues;
import org.uptake.governance.markup.TemplateMarkup;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Document instances: drafted from a template by admins and coordinators, filled from Uptake's
 * records and frozen when they leave the draft. Admins, coordinators and viewers read every
 * document; everyone else reads the documents addressed to them (and those they drafted); any
 * other id is a 404. The lifecycle steps are in {@link DocumentLifecycle}.
 */
@Service
public class DocumentInstanceService {

    public static final String ENTITY = "document";

    private final DocumentInstanceRepository documents;
    private final TemplateService templates;
    private final DocumentData data;
    private final AuditLog audit;
    private final JsonMapper json;

    DocumentInstanceService(DocumentInstanceRepository documents, TemplateService templates, DocumentData data,
                            AuditLog audit, JsonMapper json) {
        this.documents = documents;
        this.templates = templates;
        this.data = data;
        this.audit = audit;
        this.json = json;
    }

    public boolean mayWrite(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.COORDINATOR);
    }

    public void requireWriter(Actor actor) {
        actor.require("draft documents", Role.ADMIN, Role.COORDINATOR);
    }

    public DocumentInstance get(Actor actor, long id) {
        DocumentInstance d = documents.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        boolean reads = actor.readsWholeOrganization() || (d.createdBy() != null && d.createdBy() == actor.userId())
                || (actor.personId() != null && documents.addressedTo(id, actor.personId()));
        if (!reads) {
            throw new NotFoundException(ENTITY, id);
        }
        return d;
    }

    public Slice<DocumentRow> list(Actor actor, PageRequest request, Long programId, Long groupId) {
        boolean all = actor.readsWholeOrganization();
        Long me = all ? null : (actor.personId() == null ? -1L : actor.personId());
        return Slice.of(documents.page(actor.organizationId(), request, programId, groupId, me, all ? null : actor.userId()),
                request.size(), r -> new Cursor("", r.id()));
    }

    public Map<String, String> fields(DocumentInstance d) {
        return json.readValue(d.fields(), new TypeReference<TreeMap<String, String>>() { });
    }

    /** The {@code field.*} names a template asks the author for, e.g. to show one input per field. */
    public java.util.List<String> fieldNames(Actor actor, long templateId) {
        return TemplateMarkup.placeholders(templates.body(actor, templateId, null).body()).stream()
                .filter(p -> p.startsWith("field.")).map(p -> p.substring(6)).distinct().toList();
    }

    @Transactional
    public DocumentInstance create(Actor actor, DocumentForm form) {
        requireWriter(actor);
        DocumentTemplate t = template(actor, form.templateId());
        checkSupersedes(actor, form.supersedesId(), null);
        TemplateVersion v = templates.body(actor, t.id(), null);
        String body = fill(actor, form, t, v, 1);
        long id = documents.insert(actor.organizationId(), t, v.number(), form, json.writeValueAsString(form.fields()), body,
                actor.userId());
        DocumentInstance created = documents.find(actor.organizationId(), id).orElseThrow();
        audit.created(actor, ENTITY, id, Map.of("title", created.title(), "template", t.title(), "status", created.status().name()));
        return created;
    }

    /** Changes a draft and fills it again from the template's current version and today's records. */
    @Transactional
    public DocumentInstance update(Actor actor, long id, DocumentForm form) {
        requireWriter(actor);
        DocumentInstance before = get(actor, id);
        if (before.status() != DocumentStatus.DRAFT) {
            throw new InvalidInputException(null, "governance.error.notDraft");
        }
        if (form.templateId() != before.templateId()) {
            throw new InvalidInputException("templateId", "governance.error.templateFixed");
        }
        checkSupersedes(actor, form.supersedesId(), id);
        DocumentTemplate t = template(actor, before.templateId());
        TemplateVersion v = templates.body(actor, t.id(), null);
        String body = fill(actor, form, t, v, before.revision());
        if (!documents.updateDraft(actor.organizationId(), id, v.number(), form, json.writeValueAsString(form.fields()), body)) {
            throw new StaleVersionException(ENTITY, id);
        }
        DocumentInstance after = documents.find(actor.organizationId(), id).orElseThrow();
        audit.updated(actor, ENTITY, id, Map.of("title", before.title(), "fields", before.fields()),
                Map.of("title", after.title(), "fields", after.fields()));
        return after;
    }

    /** Fills the body again with the registration number and date, which only exist after registering. */
    String refill(Actor actor, DocumentInstance d, String number, LocalDate date) {
        DocumentForm form = new DocumentForm(d.templateId(), d.title(), d.programId(), d.groupId(), d.meetingId(),
                d.signatoryId(), d.supersedesId(), fields(d), d.version());
        TemplateVersion v = templates.body(actor, d.templateId(), d.templateVersion());
        MarkupValues values = data.of(actor, form, d.language(), number, date, d.revision());
        return TemplateMarkup.fill(v.body(), values);
    }

    private String fill(Actor actor, DocumentForm form, DocumentTemplate t, TemplateVersion v, int revision) {
        for (String key : form.fields().keySet()) {
            if (!key.matches("[a-z][a-zA-Z0-9]{0,40}") || form.fields().get(key) != null && form.fields().get(key).length() > 4000) {
                throw new InvalidInputException("fields", "governance.error.field", key);
            }
        }
        return TemplateMarkup.fill(v.body(), data.of(actor, form, t.language(), null, null, revision));
    }

    private DocumentTemplate template(Actor actor, long templateId) {
        try {
            return templates.get(actor, templateId);
        } catch (NotFoundException e) {
            throw new InvalidInputException("templateId", "governance.error.reference");
        }
    }

    private void checkSupersedes(Actor actor, Long supersedesId, Long self) {
        if (supersedesId == null) {
            return;
        }
        DocumentInstance old = documents.find(actor.organizationId(), supersedesId)
                .orElseThrow(() -> new InvalidInputException("supersedesId", "governance.error.reference"));
        if (old.status() != DocumentStatus.IN_FORCE || supersedesId.equals(self)) {
            throw new InvalidInputException("supersedesId", "governance.error.supersedesNotInForce");
        }
    }
}
