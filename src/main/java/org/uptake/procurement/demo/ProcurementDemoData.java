package org.uptake.procurement.demo;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.procurement.integration.Direction;
import org.uptake.procurement.integration.IntegrationChecks;
import org.uptake.procurement.integration.IntegrationForm;
import org.uptake.procurement.integration.IntegrationService;
import org.uptake.procurement.integration.IntegrationStatus;
import org.uptake.procurement.integration.Method;
import org.uptake.procurement.requirement.DocumentForm;
import org.uptake.procurement.requirement.RequirementService;
import org.uptake.procurement.requirement.SystemDecision;
import org.uptake.procurement.requirement.SystemForm;
import org.uptake.procurement.requirement.SystemService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.demo.DemoContext;
import org.uptake.shared.demo.DemoDataContributor;
import org.uptake.shared.demo.DemoSize;

/**
 * The demo program (the workshop management system) gets the requirements document of seed 002 part D:
 * goals, ten requirements over three stages, four existing systems, three integrations of which one has
 * not been verified in time (the daily check runs once, so the problem log shows the integration failure),
 * and an integrator under control ({@link DemoSuppliers}). Runs after the problem log's demo data.
 */
@Component
class ProcurementDemoData implements DemoDataContributor {

    private final RequirementService requirements;
    private final SystemService systems;
    private final IntegrationService integrations;
    private final IntegrationChecks checks;
    private final DemoRequirements demoRequirements;
    private final DemoSuppliers suppliers;
    private final JdbcClient jdbc;

    ProcurementDemoData(RequirementService requirements, SystemService systems, IntegrationService integrations,
                        IntegrationChecks checks, DemoRequirements demoRequirements, DemoSuppliers suppliers, JdbcClient jdbc) {
        this.requirements = requirements;
        this.systems = systems;
        this.integrations = integrations;
        this.checks = checks;
        this.demoRequirements = demoRequirements;
        this.suppliers = suppliers;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 660;
    }

    @Override
    public void contribute(DemoContext context) {
        Long program = context.id("program.p1");
        if (context.size() == DemoSize.NONE || program == null) {
            return;
        }
        Actor coordinator = coordinator(context);
        requirements.saveDocument(coordinator, program, new DocumentForm(
                "Every station plans, records and bills workshop orders in one system. Order lead time falls by 20 % within six months.",
                "4 800 000", "RUB", "Licences for 60 seats, the integrator's work for stages 1–2, first-year support.", 0));
        demoRequirements.create(coordinator, context, program);
        systemsAndIntegrations(coordinator, context, program);
        checks.run(LocalDate.now());
        suppliers.create(coordinator, context, program);
    }

    private void systemsAndIntegrations(Actor coordinator, DemoContext context, long program) {
        Long it = context.id("person.it");
        systems.create(coordinator, program, new SystemForm("Paper order book and spreadsheets",
                "Workshop orders and their status in every station", SystemDecision.REPLACE, context.id("person.head"), 0));
        systems.create(coordinator, program, new SystemForm("1C Accounting", "Invoices, payments, parts stock", SystemDecision.KEEP, it, 0));
        systems.create(coordinator, program, new SystemForm("Parts catalogue (supplier portal)", "Ordering spare parts",
                SystemDecision.KEEP, it, 0));
        systems.create(coordinator, program, new SystemForm("Telephony with call recording", "Client calls and callbacks",
                SystemDecision.KEEP, it, 0));
        LocalDate today = LocalDate.now();
        integrations.create(coordinator, program, new IntegrationForm("1C Accounting", Direction.BOTH, Method.API, IntegrationStatus.ACTIVE,
                "Nightly exchange log; IT checks that yesterday's invoices arrived", 7, today.minusDays(19), 0));
        integrations.create(coordinator, program, new IntegrationForm("Parts catalogue (supplier portal)", Direction.IN, Method.FILE,
                IntegrationStatus.ACTIVE, "Price file imported every morning; import report e-mailed to IT", 14, today.minusDays(3), 0));
        integrations.create(coordinator, program, new IntegrationForm("Telephony with call recording", Direction.IN, Method.API,
                IntegrationStatus.IN_DEVELOPMENT, "Missed-call widget shows the connection state", 30, null, 0));
    }

    /** The demo coordinator's own account, so the history names them. */
    static Actor coordinator(DemoContext context, JdbcClient jdbc) {
        long org = context.organizationId();
        long person = context.id("person.coordinator");
        Long userId = jdbc.sql("select id from user_account where organization_id = ? and person_id = ?").params(org, person)
                .query(Long.class).optional().orElse(0L);
        String name = jdbc.sql("select full_name from person where id = ?").param(person).query(String.class).single();
        return new Actor(userId, org, person, "coordinator", name, Set.of(Role.COORDINATOR, Role.ADMIN), false, "en", "UTC");
    }

    private Actor coordinator(DemoContext context) {
        return coordinator(context, jdbc);
    }

}
