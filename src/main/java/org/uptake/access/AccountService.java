package org.uptake.access;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.org.OrgValidation;
import org.uptake.org.person.EmploymentStatus;
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
    private static final int PICKER_SIZE = 20;

    private final AccountRepository accounts;
    private final AccountListRepository lists;
    private final AccountLinks links;
    private final PersonService people;
    private final UnitService units;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    AccountService(AccountRepository accounts, AccountListRepository lists, AccountLinks links, PersonService people,
                   UnitService units, PasswordEncoder encoder, AuditLog audit) {
        this.accounts = accounts;
        this.lists = lists;
        this.links = links;
        this.people = people;
        this.units = units;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** People with their accounts, by name; one keyset page. */
    public Slice<AccountRow> list(Actor actor, AccountFilter filter, PageRequest request) {
        requireAdmin(actor);
        String prefix = filter.unitId() == null ? null : units.get(actor, filter.unitId()).path();
        return Slice.of(lists.page(actor.organizationId(), filter, prefix, request), request.size(),
                r -> new Cursor(r.fullName().toLowerCase(Locale.ROOT), r.personId()));
    }

    /** Accounts that belong to no person record, listed apart from the people. */
    public List<AccountRow> withoutPerson(Actor actor) {
        requireAdmin(actor);
        return lists.withoutPerson(actor.organizationId());
    }

    /** The accounts an account picker offers while the admin types. */
    public List<AccountRow> pick(Actor actor, String search) {
        requireAdmin(actor);
        return lists.pick(actor.organizationId(), new PageRequest(search, null, PICKER_SIZE).likePattern(), PICKER_SIZE);
    }

    /** How many people a bulk creation would reach (in a unit subtree, or all). */
    public long invitableCount(Actor actor, Long unitId) {
        requireAdmin(actor);
        String prefix = unitId == null ? null : units.get(actor, unitId).path();
        return lists.invitableCount(actor.organizationId(), prefix);
    }

    public Account get(Actor actor, long id) {
        requireAdmin(actor);
        return accounts.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** An account of the organisation, or empty (also for another organisation's id). */
    public Optional<Account> find(Actor actor, long id) {
        requireAdmin(actor);
        return accounts.find(actor.organizationId(), id);
    }

    /** The signed-in user's own account, for the profile page. */
    public Account mine(Actor actor) {
        return accounts.find(actor.organizationId(), actor.userId()).orElseThrow(() -> new NotFoundException(ENTITY, actor.userId()));
    }

    /** The account of a person the admin may see (another organisation's person is not found). */
    public Optional<Account> forPerson(Actor actor, long personId) {
        requireAdmin(actor);
        people.get(actor, personId);
        return accounts.findByPerson(actor.organizationId(), personId);
    }

    /** Usernames are unique across all organisations: they are what people type to sign in. */
    public boolean usernameTaken(String username) {
        return accounts.usernameTaken(username);
    }

    /** Admins only; pages ask before showing anything of the accounts admin. */
    public void requireAdmin(Actor actor) {
        actor.require("manage accounts", Role.ADMIN);
    }

    /** Creates an invited account for one person, username = their e-mail, and mails the invitation. */
    @Transactional
    public Account createForPerson(Actor actor, long personId, Set<Role> roles) {
        requireAdmin(actor);
        var person = people.get(actor, personId);
        if (person.email() == null) {
            throw new InvalidInputException("personId", "account.error.noEmail");
        }
        if (person.employmentStatus() == EmploymentStatus.LEFT) {
            throw new InvalidInputException("personId", "account.error.personLeft");
        }
        if (accounts.findByPerson(actor.organizationId(), personId).isPresent()) {
            throw new InvalidInputException("personId", "account.error.exists");
        }
        if (accounts.usernameTaken(person.email())) {
            throw new InvalidInputException("personId", "account.error.usernameTaken", person.email());
        }
        long id = accounts.insert(actor.organizationId(), personId, person.email().toLowerCase(Locale.ROOT),
                null, granted(roles), false, AccountStatus.INVITED);
        links.sendInvitations(List.of(id));
        Account created = accounts.find(actor.organizationId(), id).orElseThrow();
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    /**
     * Creates accounts for everyone with an e-mail and no account (in a unit subtree, or all) and
     * invites them: a handful of statements whether it is ten people or twenty thousand.
     */
    @Transactional
    public BulkAccounts createForPeople(Actor actor, Long unitId, Set<Role> roles) {
        requireAdmin(actor);
        String prefix = unitId == null ? null : units.get(actor, unitId).path();
        Set<Role> granted = granted(roles);
        List<Long> ids = accounts.insertForPeople(actor.organizationId(), prefix, granted);
        int mailed = links.sendInvitations(ids);
        audit.actionForEach(actor, ENTITY, ids, "created", Map.of("bulk", true, "roles", granted.toString()));
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
        if (links.sendInvitations(List.of(id)) == 0) {
            throw new InvalidInputException(null, "account.error.noEmail");
        }
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
        if (status == null || status == AccountStatus.INVITED) {
            throw new InvalidInputException("status", "account.error.status");
        }
        if (status == AccountStatus.DEACTIVATED && id == actor.userId()) {
            throw new InvalidInputException("status", before.roles().contains(Role.ADMIN) && lastAdmin(actor, id)
                    ? "account.error.lastAdmin" : "account.error.deactivateSelf");
        }
        if (status == AccountStatus.DEACTIVATED && before.roles().contains(Role.ADMIN)) {
            requireAnotherAdmin(actor, id);
        }
        if (status == AccountStatus.ACTIVE && before.personId() != null
                && people.get(actor, before.personId()).employmentStatus() == EmploymentStatus.LEFT) {
            throw new InvalidInputException("status", "account.error.personLeft");
        }
        // Reactivating an account that never set a password brings it back to "invited", not "active".
        AccountStatus target = status == AccountStatus.ACTIVE && !accounts.passwordHash(id).isPresent()
                ? AccountStatus.INVITED : status;
        if (accounts.updateStatus(actor.organizationId(), id, target, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        if (target == AccountStatus.DEACTIVATED) {
            accounts.endSessions(before.username(), null);
        }
        Account after = accounts.find(actor.organizationId(), id).orElseThrow();
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public void changeLanguage(Actor actor, String language) {
        if (!Languages.isSupported(language)) {
            throw new InvalidInputException("language", "validation.language", String.valueOf(language));
        }
        accounts.setLanguage(actor.userId(), language);
    }

    /** The profile's settings: language and time zone, both checked before either is saved. */
    @Transactional
    public void changeSettings(Actor actor, String language, String zone) {
        if (!Languages.isSupported(language)) {
            throw new InvalidInputException("language", "validation.language", String.valueOf(language));
        }
        if (!OrgValidation.isZone(zone)) {
            throw new InvalidInputException("timeZone", "validation.timeZone", String.valueOf(zone));
        }
        Account before = mine(actor);
        accounts.setLanguage(actor.userId(), language);
        accounts.setTimeZone(actor.userId(), zone);
        audit.updated(actor, ENTITY, actor.userId(), Map.of("language", String.valueOf(before.language()),
                "timeZone", String.valueOf(before.timeZone())), Map.of("language", language, "timeZone", zone));
    }

    /** Needs the current password; other sessions of the user end, the one making the change stays. */
    @Transactional
    public void changePassword(Actor actor, String current, String next, String confirmation, String keepSessionId) {
        String hash = accounts.passwordHash(actor.userId()).orElse(null);
        if (hash == null || current == null || !encoder.matches(current, hash)) {
            throw new InvalidInputException("currentPassword", "account.error.currentPassword");
        }
        PasswordPolicy.require(next, confirmation, actor.username());
        accounts.setPassword(actor.userId(), encoder.encode(next));
        accounts.endSessions(actor.username(), keepSessionId);
        audit.action(actor, ENTITY, actor.userId(), "password-changed", Map.of());
    }

    private static Set<Role> granted(Set<Role> roles) {
        return roles == null || roles.isEmpty() ? EnumSet.of(Role.EMPLOYEE) : EnumSet.copyOf(roles);
    }

    private boolean lastAdmin(Actor actor, long id) {
        return accounts.countActiveAdminsExcept(actor.organizationId(), id) == 0;
    }

    private void requireAnotherAdmin(Actor actor, long id) {
        if (lastAdmin(actor, id)) {
            throw new InvalidInputException("roles", "account.error.lastAdmin");
        }
    }

    /** How many accounts a bulk creation made and how many invitations it queued. */
    public record BulkAccounts(int created, int invited) {
    }
}
