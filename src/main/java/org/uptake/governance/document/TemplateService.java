package org.uptake.governance.document;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.audit.AuditLog;
import org.uptake.governance.markup.TemplateMarkup;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;

/**
 * Document templates. Admins and coordinators read them (they draft documents from them); only
 * admins write them. Built-in templates are read-only: an admin edits an own copy. Every save is
 * a new numbered version, checked first: unknown placeholders and script content are refused.
 */
@Service
public class TemplateService {

    public static final String ENTITY = "document_template";

    private final TemplateRepository templates;
    private final AuditLog audit;

    TemplateService(TemplateRepository templates, AuditLog audit) {
        this.templates = templates;
        this.audit = audit;
    }

    public void requireReader(Actor actor) {
        actor.require("read document templates", Role.ADMIN, Role.COORDINATOR);
    }

    public boolean mayEdit(Actor actor) {
        return actor.isAdmin();
    }

    public void requireEditor(Actor actor) {
        actor.require("write document templates", Role.ADMIN);
    }

    public List<DocumentTemplate> list(Actor actor) {
        requireReader(actor);
        return templates.all(actor.organizationId());
    }

    public DocumentTemplate get(Actor actor, long id) {
        requireReader(actor);
        return templates.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public TemplateVersion body(Actor actor, long id, Integer number) {
        DocumentTemplate t = get(actor, id);
        int n = number == null ? t.currentVersion() : number;
        return templates.version(id, n).orElseThrow(() -> new NotFoundException("document_template_version", n));
    }

    public List<TemplateVersion> versions(Actor actor, long id) {
        get(actor, id);
        return templates.versions(id);
    }

    @Transactional
    public DocumentTemplate create(Actor actor, TemplateForm form) {
        actor.require("write document templates", Role.ADMIN);
        TemplateMarkup.validate(form.body(), TemplateVocabulary.ALL);
        if (templates.codeTaken(actor.organizationId(), form.code(), form.language())) {
            throw new InvalidInputException("code", "governance.error.templateCode");
        }
        long id = templates.insert(actor.organizationId(), form, null);
        templates.insertVersion(id, 1, form.body(), form.note(), actor.userId());
        DocumentTemplate created = get(actor, id);
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    @Transactional
    public DocumentTemplate update(Actor actor, long id, TemplateForm form) {
        actor.require("write document templates", Role.ADMIN);
        DocumentTemplate before = get(actor, id);
        if (before.builtIn()) {
            throw new InvalidInputException(null, "governance.error.builtInReadOnly");
        }
        TemplateMarkup.validate(form.body(), TemplateVocabulary.ALL);
        if (!templates.nextVersion(actor.organizationId(), id, form)) {
            throw new StaleVersionException(ENTITY, id);
        }
        DocumentTemplate after = get(actor, id);
        templates.insertVersion(id, after.currentVersion(), form.body(), form.note(), actor.userId());
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    /** The organisation's own editable copy of a (built-in) template, starting from its current body. */
    @Transactional
    public DocumentTemplate copy(Actor actor, long id) {
        actor.require("write document templates", Role.ADMIN);
        DocumentTemplate source = get(actor, id);
        String body = body(actor, id, null).body();
        String code = source.code();
        for (int i = 2; templates.codeTaken(actor.organizationId(), code, source.language()); i++) {
            code = source.code().length() > 56 ? source.code().substring(0, 56) + "-" + i : source.code() + "-" + i;
        }
        TemplateForm form = new TemplateForm(code, source.kind(), source.language(), source.jurisdiction(), source.title(),
                body, null, 0);
        long copy = templates.insert(actor.organizationId(), form, source.id());
        templates.insertVersion(copy, 1, body, null, actor.userId());
        audit.action(actor, ENTITY, copy, "copied", Map.of("from", source.title()));
        return get(actor, copy);
    }
}
