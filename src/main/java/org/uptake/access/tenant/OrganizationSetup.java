package org.uptake.access.tenant;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.uptake.access.Account;
import org.uptake.access.AccountService;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.org.OrgValidation;
import org.uptake.org.Organization;
import org.uptake.org.OrganizationService;
import org.uptake.org.person.Person;
import org.uptake.org.person.PersonForm;
import org.uptake.org.person.PersonService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.Violation;

/**
 * The system administrator opens a new organisation: the organisation, its first admin as a
 * person, and that person's ADMIN account with an invitation — all or nothing, in one transaction.
 */
@Service
public class OrganizationSetup {

    private final OrganizationService organizations;
    private final PersonService people;
    private final AccountService accounts;

    OrganizationSetup(OrganizationService organizations, PersonService people, AccountService accounts) {
        this.organizations = organizations;
        this.people = people;
        this.accounts = accounts;
    }

    /** The organisation and the account of its first admin. */
    public record Opened(Organization organization, Account admin) {
    }

    @Transactional
    public Opened open(Actor systemAdmin, NewOrganizationForm form) {
        OrganizationService.requireSystemAdmin(systemAdmin);
        List<Violation> problems = new ArrayList<>();
        if (!OrgValidation.isEmail(form.getAdminEmail())) {
            problems.add(Violation.of("adminEmail", "validation.email", String.valueOf(form.getAdminEmail())));
        } else if (accounts.usernameTaken(form.getAdminEmail())) {
            problems.add(Violation.of("adminEmail", "account.error.usernameTaken", form.getAdminEmail()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Organization organization = organizations.create(systemAdmin, form);
        Actor there = systemAdmin.actingIn(organization.id());
        var person = new PersonForm();
        person.setFullName(form.getAdminFullName());
        person.setEmail(form.getAdminEmail());
        Person admin = people.create(there, person);
        return new Opened(organization, accounts.createForPerson(there, admin.id(), EnumSet.of(Role.ADMIN, Role.EMPLOYEE)));
    }
}
