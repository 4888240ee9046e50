package org.uptake.program.demo;

import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.demo.DemoContext;
import org.uptake.shared.demo.DemoDataContributor;
import org.uptake.shared.demo.DemoSize;

/**
 * The demo's P1 program gets what a coordinator keeps an eye on: a baseline the plan has slipped
 * against since, a budget with spending (one line overspent), people allocated (one of them above
 * their weekly hours) and a risk register; the large demo's 5,000-task program gets a baseline.
 * Runs after the program module's own demo data.
 */
@Component
class ProgramControlDemoData implements DemoDataContributor {

    private final DemoBudget budget;
    private final DemoRisks risks;
    private final DemoBaselines baselines;
    private final JdbcClient jdbc;

    ProgramControlDemoData(DemoBudget budget, DemoRisks risks, DemoBaselines baselines, JdbcClient jdbc) {
        this.budget = budget;
        this.risks = risks;
        this.baselines = baselines;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 250;
    }

    @Override
    public void contribute(DemoContext context) {
        Long p1 = context.id("program.p1");
        if (context.size() == DemoSize.NONE || p1 == null) {
            return;
        }
        Actor coordinator = coordinator(context);
        baselines.workshopSystem(coordinator, p1);
        budget.create(coordinator, context, p1);
        risks.create(coordinator, context, p1);
        Long large = context.id("program.large");
        if (large != null) {
            baselines.largeProgram(coordinator, large);
        }
    }

    /** The demo coordinator's own account, so the history names them. */
    private Actor coordinator(DemoContext context) {
        long org = context.organizationId();
        long person = context.id("person.coordinator");
        Long userId = jdbc.sql("select id from user_account where organization_id = ? and person_id = ?").params(org, person)
                .query(Long.class).optional().orElse(0L);
        String name = jdbc.sql("select full_name from person where id = ?").param(person).query(String.class).single();
        return new Actor(userId, org, person, "coordinator", name, Set.of(Role.COORDINATOR, Role.ADMIN), false, "en", "UTC");
    }
}
