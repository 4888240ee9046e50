package org.uptake.access;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.uptake.shared.Role;
import org.uptake.shared.demo.DemoContext;
import org.uptake.shared.demo.DemoDataContributor;

/**
 * First start: the system administrator {@code admin} (also an admin of the first organisation)
 * and, with demo data, one account per role so a newcomer can see each person's view. The
 * password comes from UPTAKE_ADMIN_PASSWORD or is generated and printed exactly once.
 */
@Component
class AccessDemoData implements DemoDataContributor {

    private final AccountRepository accounts;
    private final AccountLinks links;
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final String configuredPassword;
    private final String baseUrl;

    AccessDemoData(AccountRepository accounts, AccountLinks links, JdbcClient jdbc, PasswordEncoder encoder,
                   @Value("${uptake.admin-password:}") String configuredPassword,
                   @Value("${uptake.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.links = links;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.configuredPassword = configuredPassword;
        this.baseUrl = baseUrl;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void contribute(DemoContext context) {
        if (accounts.anyAccountExists()) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? Secrets.password() : configuredPassword;
        String hash = encoder.encode(password);
        long org = context.organizationId();
        accounts.insert(org, context.id("person.it"), "admin", hash, EnumSet.of(Role.ADMIN), true, AccountStatus.ACTIVE);
        StringBuilder others = new StringBuilder();
        demo(context, "coordinator", "person.coordinator", EnumSet.of(Role.COORDINATOR, Role.EMPLOYEE), hash, others);
        demo(context, "head", "person.head", EnumSet.of(Role.UNIT_HEAD, Role.EMPLOYEE), hash, others);
        demo(context, "employee", "person.employee", EnumSet.of(Role.EMPLOYEE), hash, others);
        demo(context, "viewer", "person.ceo", EnumSet.of(Role.VIEWER), hash, others);
        invitePilotUnit(context);
        String banner = "\n\n  Uptake is ready at " + baseUrl + "\n  Sign in as: admin  password: "
                + (generated ? password + "   (generated once; set UPTAKE_ADMIN_PASSWORD to choose your own)" : "<UPTAKE_ADMIN_PASSWORD>")
                + (others.isEmpty() ? "" : "\n  Demo accounts with the same password:" + others) + "\n";
        System.out.println(banner);
    }

    /**
     * The pilot station's people are invited, as an admin would do with "create accounts for
     * people": the accounts list shows invited accounts and the mail log their waiting invitations.
     */
    private void invitePilotUnit(DemoContext context) {
        Long pilot = context.id("unit.pilot");
        if (pilot == null) {
            return;
        }
        String path = jdbc.sql("select path from unit where id = ?").param(pilot).query(String.class).single();
        links.sendInvitations(accounts.insertForPeople(context.organizationId(), path, EnumSet.of(Role.EMPLOYEE)));
    }

    private void demo(DemoContext context, String username, String personKey, Set<Role> roles, String hash,
                      StringBuilder others) {
        Long person = context.id(personKey);
        if (person == null) {
            return;
        }
        accounts.insert(context.organizationId(), person, username, hash, roles, false, AccountStatus.ACTIVE);
        others.append(' ').append(username);
    }
}
