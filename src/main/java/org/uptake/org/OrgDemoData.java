package org.uptake.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.shared.demo.DemoContext;
import org.uptake.shared.demo.DemoDataContributor;
import org.uptake.shared.demo.DemoSize;

/**
 * The demo organisation: a network of car-service stations (the seeds' own example, seed 002
 * lines 244–355 and 383). Small: ~47 units and ~500 people; large: 1,000 units and 20,000 people.
 * Names and structure are deterministic so screenshots and benchmarks are repeatable.
 */
@Component
class OrgDemoData implements DemoDataContributor {

    private final OrganizationService organizations;
    private final JdbcClient jdbc;

    OrgDemoData(OrganizationService organizations, JdbcClient jdbc) {
        this.organizations = organizations;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void contribute(DemoContext context) {
        var form = new OrganizationForm();
        if (context.size() == DemoSize.NONE) {
            form.setName("My organisation");
            form.setSlug("my-organisation");
            context.organizationId(organizations.createUnchecked(form).id());
            return;
        }
        form.setName("AutoServ Network");
        form.setSlug("autoserv");
        form.setDefaultTimeZone("Europe/Moscow");
        long org = organizations.createUnchecked(form).id();
        context.organizationId(org);
        var positions = new DemoPositions(jdbc, org);
        var builder = new DemoStructure(jdbc, org, positions, new Random(42));
        if (context.size() == DemoSize.SMALL) {
            builder.build(3, 4, 36, context);
        } else {
            builder.build(10, 33, 60, context);
        }
    }

    /** The job titles of a car-service network. */
    static final class DemoPositions {
        static final List<String[]> TITLES = List.of(
                new String[]{"CEO", "Chief executive officer"}, new String[]{"NDM", "Network development manager"},
                new String[]{"RM", "Regional manager"}, new String[]{"SM", "Head of the car service"},
                new String[]{"SA", "Service adviser"}, new String[]{"MECH", "Mechanic"},
                new String[]{"SMECH", "Senior mechanic"}, new String[]{"PARTS", "Parts specialist"},
                new String[]{"RCPT", "Receptionist"}, new String[]{"CCO", "Contact centre operator"},
                new String[]{"SALES", "Sales manager"}, new String[]{"MKT", "Marketing specialist"},
                new String[]{"ACC", "Accountant"}, new String[]{"HR", "HR specialist"},
                new String[]{"IT", "IT administrator"}, new String[]{"QE", "Quality engineer"},
                new String[]{"HOD", "Head of department"});
        final java.util.Map<String, Long> ids = new java.util.HashMap<>();

        DemoPositions(JdbcClient jdbc, long org) {
            for (String[] t : TITLES) {
                ids.put(t[0], jdbc.sql("insert into position (organization_id, code, title) values (?, ?, ?) returning id")
                        .params(org, t[0], t[1]).query(Long.class).single());
            }
        }

        long id(String code) {
            return ids.get(code);
        }
    }

    static List<String> departments() {
        return new ArrayList<>(List.of("Finance", "Human resources", "IT", "Marketing", "Contact centre", "Sales", "Quality"));
    }
}
