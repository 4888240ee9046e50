package org.uptake.org;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;

/** Organisations (tenants). Only the system administrator creates them or sees the whole list. */
@Service
public class OrganizationService {

    static final String ENTITY = "organization";
    private static final String COLUMNS = "id, name, slug, default_time_zone, default_language, active, version";
    private final JdbcClient jdbc;
    private final AuditLog audit;

    OrganizationService(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Organization current(Actor actor) {
        return find(actor.organizationId()).orElseThrow(() -> new NotFoundException("organization", actor.organizationId()));
    }

    public List<Organization> all(Actor actor) {
        requireSystemAdmin(actor);
        return jdbc.sql("select " + COLUMNS + " from organization order by lower(name), id limit 1000")
                .query(Organization.class).list();
    }

    /** Creates an organisation; the caller (the access module) gives it its first admin account. */
    @Transactional
    public Organization create(Actor actor, OrganizationForm form) {
        requireSystemAdmin(actor);
        Organization created = createUnchecked(form);
        audit.created(actor.actingIn(created.id()), ENTITY, created.id(), created);
        return created;
    }

    /** Renames an organisation or changes its defaults; the slug stays as it was created. */
    @Transactional
    public Organization update(Actor actor, long id, OrganizationForm form) {
        requireSystemAdmin(actor);
        Organization before = find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        OrgValidation.requireZone("defaultTimeZone", form.getDefaultTimeZone());
        OrgValidation.requireLanguage("defaultLanguage", form.getDefaultLanguage());
        int changed = jdbc.sql("""
                update organization set name = ?, default_time_zone = ?, default_language = ?, version = version + 1,
                       updated_at = now() where id = ? and version = ?""")
                .params(form.getName(), form.getDefaultTimeZone(), form.getDefaultLanguage(), id, form.getVersion()).update();
        if (changed == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        Organization after = find(id).orElseThrow();
        audit.updated(actor.actingIn(id), ENTITY, id, before, after);
        return after;
    }

    /** One organisation for the system administrator's edit form. */
    public Organization get(Actor actor, long id) {
        requireSystemAdmin(actor);
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** For first start and demo data, when there is no signed-in system administrator yet. */
    @Transactional
    public Organization createUnchecked(OrganizationForm form) {
        OrgValidation.requireZone("defaultTimeZone", form.getDefaultTimeZone());
        OrgValidation.requireLanguage("defaultLanguage", form.getDefaultLanguage());
        if (jdbc.sql("select exists (select 1 from organization where slug = ?)").param(form.getSlug()).query(Boolean.class).single()) {
            throw new InvalidInputException("slug", "organization.error.slugTaken", form.getSlug());
        }
        long id = jdbc.sql("insert into organization (name, slug, default_time_zone, default_language) values (?, ?, ?, ?) returning id")
                .params(form.getName(), form.getSlug(), form.getDefaultTimeZone(), form.getDefaultLanguage())
                .query(Long.class).single();
        return find(id).orElseThrow();
    }

    /** Head-line figures for the home page, in one query. */
    public OrganizationSummary summary(Actor actor) {
        return jdbc.sql("""
                select (select count(*) from unit where organization_id = :org) as units,
                       (select count(*) from position where organization_id = :org) as positions,
                       (select count(*) from person where organization_id = :org and employment_status <> 'LEFT') as people""")
                .param("org", actor.organizationId()).query(OrganizationSummary.class).single();
    }

    public boolean anyExists() {
        return jdbc.sql("select exists (select 1 from organization)").query(Boolean.class).single();
    }

    public Optional<Organization> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from organization where id = ?").param(id).query(Organization.class).optional();
    }

    public static void requireSystemAdmin(Actor actor) {
        if (!actor.systemAdmin()) {
            throw new ForbiddenException("manage organisations");
        }
    }
}
