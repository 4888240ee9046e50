package org.uptake.access;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.org.person.PersonService;
import org.uptake.org.unit.UnitService;
import org.uptake.shared.Actor;
import org.uptake.shared.Languages;
import org.uptake.shared.Role;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

/** User accounts: created from people (one or thousands at once), invited by e-mail, given roles, deactivated. */
@Service
public class AccountService {

    static final String ENTITY = "account";
    static final int MIN_PASSWORD = 10;

    private final AccountRepository accounts;
    private final AccountLinks links;
    private final PersonService people;
    private final UnitService units;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    AccountService(AccountRepository accounts, AccountLinks links, PersonService people, UnitService units,
                   PasswordEncoder encoder, AuditLog audit) {
        this.accounts = accounts;
        this.links = links;
        this.people = people;
        this.units = units;
        this.encoder = encoder;
        this.audit = audit;
    }

    public Slice<AccountRow> list(Actor actor, PageRequest request) {
        actor.require("list accounts", Role.ADMIN);
        return Slice.of(accounts.page(actor.organizationId(), request), request.size(),
                r -> new Cursor(r.username().toLowerCase(java.util.Locale.ROOT), r.id()));
    }

    public Account get(Actor actor, long id) {
        actor.require("view account", Role.ADMIN);
        return accounts.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public java.util.Optional<Account> forPerson(Actor actor, long personId) {
        return accounts.findByPerson(actor.organizationId(), personId);
    }

    /** Creates an invited account for one person, username = their e-mail, and mails the invitation. */
    @Transactional
    public Account createForPerson(Actor actor, long personId, Set<Role> roles) {
        actor.require("create account", Role.ADMIN);
        var person = people.get(actor, personId);
        if (person.email() == null) {
            throw new InvalidInputException("personId", "account.error.noEmail");
        }
        if (accounts.findByPerson(actor.organizationId(), personId).isPresent()) {
            throw new InvalidInputException("personId", "account.error.exists");
        }
        if (accounts.usernameTaken(person.email())) {
            throw new InvalidInputException("personId", "account.error.usernameTaken", person.email());
        }
        Set<Role> granted = roles == null || roles.isEmpty() ? EnumSet.of(Role.EMPLOYEE) : EnumSet.copyOf(roles);
        long id = accounts.insert(actor.organizationId(), personId, person.email().toLowerCase(java.util.Locale.ROOT),
                null, granted, false, AccountStatus.INVITED);
        links.sendInvitations(List.of(id));
        Account created = accounts.find(actor.organizationId(), id).orElseThrow();
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    /** Creates accounts for everyone with an e-mail and no account (in a unit subtree, or all) and invites them. */
    @Transactional
    public BulkAccounts createForPeople(Actor actor, Long unitId) {
        actor.require("create accounts", Role.ADMIN);
        String prefix = unitId == null ? null : units.get(actor, unitId).path();
        List<Long> ids = accounts.insertForPeople(actor.organizationId(), prefix);
        int mailed = links.sendInvitations(ids);
        if (!ids.isEmpty()) {
            audit.action(actor, "organization", actor.organizationId(), "accounts-created",
                    Map.of("count", ids.size(), "unitId", unitId == null ? "" : unitId));
        }
        return new BulkAccounts(ids.size(), mailed);
    }

    @Transactional
    public void resendInvitation(Actor actor, long id) {
        Account account = get(actor, id);
        if (account.status() != AccountStatus.INVITED) {
            throw new InvalidInputException(null, "account.error.notInvited");
        }
        links.sendInvitations(List.of(id));
        audit.action(actor, ENTITY, id, "invitation-sent", Map.of());
    }

    @Transactional
    public Account changeRoles(Actor actor, long id, Set<Role> roles, int version) {
        Account before = get(actor, id);
        Set<Role> wanted = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (before.roles().contains(Role.ADMIN) && !wanted.contains(Role.ADMIN)) {
            requireAnotherAdmin(actor, id);
        }
        if (accounts.updateRoles(actor.organizationId(), id, wanted, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        Account after = accounts.find(actor.organizationId(), id).orElseThrow();
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public Account changeStatus(Actor actor, long id, AccountStatus status, int version) {
        Account before = get(actor, id);
        if (status == AccountStatus.DEACTIVATED && before.roles().contains(Role.ADMIN)) {
            requireAnotherAdmin(actor, id);
        }
        if (status == AccountStatus.INVITED) {
            throw new InvalidInputException("status", "account.error.status");
        }
        if (accounts.updateStatus(actor.organizationId(), id, status, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        Account after = accounts.find(actor.organizationId(), id).orElseThrow();
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public void changeLanguage(Actor actor, String language) {
        if (!Languages.isSupported(language)) {
            throw new InvalidInputException("language", "validation.language", language);
        }
        accounts.setLanguage(actor.userId(), language);
    }

    @Transactional
    public void changeTimeZone(Actor actor, String zone) {
        if (!org.uptake.org.OrgValidation.isZone(zone)) {
            throw new InvalidInputException("timeZone", "validation.timeZone", String.valueOf(zone));
        }
        accounts.setTimeZone(actor.userId(), zone);
    }

    @Transactional
    public void changePassword(Actor actor, String current, String next) {
        String hash = accounts.passwordHash(actor.userId()).orElse(null);
        if (hash == null || current == null || !encoder.matches(current, hash)) {
            throw new InvalidInputException("currentPassword", "account.error.currentPassword");
        }
        setPassword(actor.userId(), next);
        audit.action(actor, ENTITY, actor.userId(), "password-changed", Map.of());
    }

    void setPassword(long accountId, String password) {
        requireStrong(password);
        accounts.setPassword(accountId, encoder.encode(password));
    }

    static void requireStrong(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 200 || password.isBlank()) {
            throw new InvalidInputException("password", "account.error.weakPassword", MIN_PASSWORD);
        }
    }

    private void requireAnotherAdmin(Actor actor, long id) {
        if (accounts.countActiveAdminsExcept(actor.organizationId(), id) == 0) {
            throw new InvalidInputException("roles", "account.error.lastAdmin");
        }
    }

    /** How many accounts a bulk creation made and how many invitations it queued. */
    public record BulkAccounts(int created, int invited) {
    }
}
