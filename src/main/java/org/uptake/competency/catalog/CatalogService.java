package org.uptake.competency.catalog;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.paging.PageRequest;

/**
 * The competency catalogue, the proficiency scale and the company values. Everyone in the
 * organisation reads them; admins and coordinators change them. Until an organisation sets its own
 * scale, a five-step scale in the reader's language stands in.
 */
@Service
public class CatalogService {

    static final String ENTITY = "competency";
    public static final int DEFAULT_LEVELS = 5;

    private final CatalogRepository catalog;
    private final MessageSource messages;
    private final AuditLog audit;

    CatalogService(CatalogRepository catalog, MessageSource messages, AuditLog audit) {
        this.catalog = catalog;
        this.messages = messages;
        this.audit = audit;
    }

    public boolean mayEdit(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.COORDINATOR);
    }

    private void requireEditor(Actor actor) {
        actor.require("change the competency catalogue", Role.ADMIN, Role.COORDINATOR);
    }

    public List<Competency> competencies(Actor actor, String search) {
        return catalog.competencies(actor.organizationId(), new PageRequest(search, null, 1).likePattern(), 1000);
    }

    public Competency get(Actor actor, long id) {
        return catalog.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Transactional
    public Competency create(Actor actor, CompetencyForm form) {
        requireEditor(actor);
        return createUnchecked(actor, form);
    }

    /** The catalogue entry with this kind and name, created if missing (requirements name competencies as they go). */
    @Transactional
    public Competency findOrCreate(Actor actor, CompetencyKind kind, String name) {
        return catalog.findByName(actor.organizationId(), kind, name.strip())
                .orElseGet(() -> createUnchecked(actor, CompetencyForm.of(kind, name)));
    }

    private Competency createUnchecked(Actor actor, CompetencyForm form) {
        if (catalog.findByName(actor.organizationId(), form.getKind(), form.getName()).isPresent()) {
            throw new InvalidInputException("name", "catalogue.error.duplicate", form.getName());
        }
        long id = catalog.insert(actor.organizationId(), form);
        Competency created = get(actor, id);
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    @Transactional
    public Competency update(Actor actor, long id, CompetencyForm form) {
        requireEditor(actor);
        Competency before = get(actor, id);
        catalog.findByName(actor.organizationId(), form.getKind(), form.getName()).filter(c -> c.id() != id)
                .ifPresent(c -> {
                    throw new InvalidInputException("name", "catalogue.error.duplicate", form.getName());
                });
        if (catalog.update(actor.organizationId(), id, form) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        Competency after = get(actor, id);
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    /** The organisation's scale, or the default five steps named in the reader's language. */
    public List<ProficiencyLevel> scale(Actor actor) {
        List<ProficiencyLevel> own = catalog.scale(actor.organizationId());
        if (!own.isEmpty()) {
            return own;
        }
        Locale locale = Locale.forLanguageTag(actor.language() == null ? "en" : actor.language());
        return IntStream.rangeClosed(1, DEFAULT_LEVELS).mapToObj(l -> new ProficiencyLevel(l,
                messages.getMessage("scale.default." + l, null, "Level " + l, locale), null)).toList();
    }

    public int maxLevel(Actor actor) {
        return scale(actor).size();
    }

    /** Replaces the scale; refused if it would cut off a level that requirements already use. */
    @Transactional
    public List<ProficiencyLevel> replaceScale(Actor actor, ScaleForm form) {
        requireEditor(actor);
        int used = catalog.highestUsedLevel(actor.organizationId());
        if (form.getLevels().size() < used) {
            throw new InvalidInputException("levels", "catalogue.error.scaleTooShort", used);
        }
        catalog.replaceScale(actor.organizationId(), form.getLevels());
        audit.action(actor, "proficiency_scale", actor.organizationId(), "scale replaced",
                java.util.Map.of("levels", form.getLevels().stream().map(ScaleForm.Step::getName).toList()));
        return scale(actor);
    }

    public List<CompanyValue> values(Actor actor) {
        return catalog.values(actor.organizationId());
    }

    @Transactional
    public CompanyValue addValue(Actor actor, ValueForm form) {
        requireEditor(actor);
        long id = catalog.insertValue(actor.organizationId(), form);
        CompanyValue created = catalog.value(actor.organizationId(), id).orElseThrow();
        audit.created(actor, "company_value", id, created);
        return created;
    }

    @Transactional
    public CompanyValue updateValue(Actor actor, long id, ValueForm form) {
        requireEditor(actor);
        CompanyValue before = catalog.value(actor.organizationId(), id).orElseThrow(() -> new NotFoundException("company_value", id));
        if (catalog.updateValue(actor.organizationId(), id, form) == 0) {
            throw new StaleVersionException("company_value", id);
        }
        CompanyValue after = catalog.value(actor.organizationId(), id).orElseThrow();
        audit.updated(actor, "company_value", id, before, after);
        return after;
    }

    @Transactional
    public void deleteValue(Actor actor, long id, int version) {
        requireEditor(actor);
        CompanyValue before = catalog.value(actor.organizationId(), id).orElseThrow(() -> new NotFoundException("company_value", id));
        if (catalog.deleteValue(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException("company_value", id);
        }
        audit.deleted(actor, "company_value", id, before);
    }
}
