package org.uptake.support;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.uptake.access.ApiTokenService;
import org.uptake.org.OrganizationForm;
import org.uptake.org.OrganizationService;
import org.uptake.org.person.Person;
import org.uptake.org.person.PersonForm;
import org.uptake.org.person.PersonService;
import org.uptake.org.position.Position;
import org.uptake.org.position.PositionForm;
import org.uptake.org.position.PositionService;
import org.uptake.org.unit.Unit;
import org.uptake.org.unit.UnitForm;
import org.uptake.org.unit.UnitService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.importing.ImportService;

/**
 * Builds test data through the real services. Every test starts with {@link #newOrganization()},
 * so tests never see each other's rows and need no clean-up.
 */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

    private final OrganizationService organizations;
    private final UnitService units;
    private final PositionService positions;
    private final PersonService people;
    private final ApiTokenService tokens;
    private final ImportService imports;
    private final JdbcClient jdbc;
    private final String passwordHash;
    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.context.ApplicationContext context;

    Fixtures(OrganizationService organizations, UnitService units, PositionService positions, PersonService people,
             ApiTokenService tokens, ImportService imports, JdbcClient jdbc, PasswordEncoder encoder) {
        this.organizations = organizations;
        this.units = units;
        this.positions = positions;
        this.people = people;
        this.tokens = tokens;
        this.imports = imports;
        this.jdbc = jdbc;
        this.passwordHash = encoder.encode(PASSWORD);
    }

    /** Any bean of the application, for a module's own fixture class (e.g. {@code ProcessFixtures}). */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public static long next() {
        return SEQ.incrementAndGet();
    }

    /** A fresh organisation and its admin (a person with an ADMIN account). */
    public Actor newOrganization() {
        long n = next();
        var form = new OrganizationForm();
        form.setName("Test organisation " + n);
        form.setSlug("test-" + n);
        long org = organizations.createUnchecked(form).id();
        Actor bootstrap = Actor.system(org);
        Person person = people.create(bootstrap, personForm("Admin " + n, null, null));
        return account(org, person.id(), "admin-" + n, Role.ADMIN);
    }

    /** A new person in the organisation with an active account holding the roles. */
    public Actor user(Actor admin, Long unitId, Role... roles) {
        long n = next();
        Person person = people.create(admin, personForm("User " + n, unitId, null));
        return account(admin.organizationId(), person.id(), "user-" + n, roles);
    }

    /** An active account for an existing person; the password is {@link #PASSWORD}. */
    public Actor account(long organizationId, Long personId, String username, Role... roles) {
        String roleArray = "{" + String.join(",", Arrays.stream(roles).map(Role::name).toList()) + "}";
        long id = jdbc.sql("""
                insert into user_account (organization_id, person_id, username, password_hash, roles, status)
                values (?, ?, ?, ?, cast(? as text[]), 'ACTIVE') returning id""")
                .params(organizationId, personId, username, passwordHash, roleArray).query(Long.class).single();
        boolean heads = personId != null && jdbc.sql("select exists (select 1 from unit where head_person_id = ? or acting_head_person_id = ?)")
                .params(personId, personId).query(Boolean.class).single();
        Set<Role> set = new java.util.HashSet<>(List.of(roles));
        if (heads) {
            set.add(Role.UNIT_HEAD);
        }
        return new Actor(id, organizationId, personId, username, username, set, false, "en", "UTC");
    }

    public Unit unit(Actor admin, String name, Long parentId) {
        var form = new UnitForm();
        form.setCode("U" + next());
        form.setName(name);
        form.setUnitType("department");
        form.setParentId(parentId);
        return units.create(admin, form);
    }

    public Unit unitReloaded(Actor admin, long id) {
        return units.get(admin, id);
    }

    public Position position(Actor admin, String title) {
        var form = new PositionForm();
        form.setCode("P" + next());
        form.setTitle(title);
        return positions.create(admin, form);
    }

    public PositionService positionService() {
        return positions;
    }

    public Person person(Actor admin, String name, Long unitId, Long positionId) {
        var form = personForm(name, unitId, positionId);
        return people.create(admin, form);
    }

    public static PersonForm personForm(String name, Long unitId, Long positionId) {
        long n = next();
        var form = new PersonForm();
        form.setFullName(name);
        form.setEmail("person" + n + "@example.test");
        form.setEmployeeNumber("N" + n);
        form.setUnitId(unitId);
        form.setPositionId(positionId);
        return form;
    }

    /** Makes the person head of the unit (through the service, as an admin would). */
    public Unit makeHead(Actor admin, Unit unit, long personId) {
        var form = UnitForm.of(unit);
        form.setHeadPersonId(personId);
        return units.update(admin, unit.id(), form);
    }

    /** A checked (not yet applied) people import of one new person; its id. */
    public long checkedImport(Actor admin) {
        long n = next();
        byte[] file = ImportFiles.csv("employee_number,email,full_name", "I" + n + ",i" + n + "@example.test,Imported " + n);
        return imports.check(admin, "people", "people.csv", file).id();
    }

    public String token(Actor actor, String... scopes) {
        return tokens.issue(actor, "test", List.of(scopes.length == 0 ? new String[]{"read", "write"} : scopes), 30).secret();
    }

    /** The id of a fresh token of the actor (for revoking it). */
    public long tokenId(Actor actor) {
        return tokens.issue(actor, "test", List.of("read"), 30).token().id();
    }

    /** A message in the organisation's outbox that gave up after its attempts. */
    public long failedMail(Actor admin) {
        return jdbc.sql("""
                insert into mail_outbox (organization_id, recipient, subject, body_text, status, attempts, last_error)
                values (?, 'nobody@example.test', 'Failed', 'Body', 'FAILED', 5, 'Connection refused') returning id""")
                .param(admin.organizationId()).query(Long.class).single();
    }

    /** Signs a MockMvc request in as the actor (their account must exist; it is reloaded on each request). */
    public static RequestPostProcessor as(Actor actor) {
        var authorities = actor.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
        return SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(actor, null, authorities));
    }

    public static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }
}
