package org.uptake.program.demo;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.program.risk.RiskForm;
import org.uptake.program.risk.RiskService;
import org.uptake.program.risk.RiskStatus;
import org.uptake.shared.Actor;
import org.uptake.shared.demo.DemoContext;

/** The demo program's risk register: the worries of a workshop-system rollout, spread over the heat map. */
@Component
class DemoRisks {

    private final RiskService risks;
    private final JdbcClient jdbc;

    DemoRisks(RiskService risks, JdbcClient jdbc) {
        this.risks = risks;
        this.jdbc = jdbc;
    }

    void create(Actor coordinator, DemoContext context, long programId) {
        risk(coordinator, programId, "Mechanics keep using the paper order book", 4, 4, context.id("person.head"),
                "Show the order screens in the morning briefing; key user in every workshop; paper book removed after go-live.",
                RiskStatus.MITIGATING, tasks(programId, "training", "phased-rollout"));
        risk(coordinator, programId, "Parts catalogue integration is late", 3, 5, context.id("person.it"),
                "Weekly call with the integrator; manual parts lookup documented as a fallback.",
                RiskStatus.OPEN, tasks(programId, "phased-rollout", "parallel-run"));
        risk(coordinator, programId, "Key users leave during the rollout", 2, 4, context.id("person.coordinator"),
                "Two key users per station; their extra hours paid from the backfill budget line.",
                RiskStatus.OPEN, tasks(programId, "monitoring"));
        risk(coordinator, programId, "Old system kept in parallel too long", 3, 3, context.id("person.coordinator"),
                "Parallel run limited to 20 working days with reconciliation checks; read-only afterwards.",
                RiskStatus.OPEN, tasks(programId, "parallel-run"));
        risk(coordinator, programId, "Network outages at the remote stations", 2, 3, context.id("person.it"),
                "Second line installed at North 3 and North 4.", RiskStatus.CLOSED, List.of());
    }

    private void risk(Actor coordinator, long programId, String title, int probability, int impact, Long owner, String mitigation,
                      RiskStatus status, List<Long> taskIds) {
        var f = new RiskForm();
        f.setTitle(title);
        f.setProbability(probability);
        f.setImpact(impact);
        f.setOwnerPersonId(owner);
        f.setMitigation(mitigation);
        f.setStatus(status);
        f.setTaskIds(taskIds);
        risks.create(coordinator, programId, f);
    }

    private List<Long> tasks(long programId, String... sourceKeys) {
        return jdbc.sql("select id from program_task where program_id = ? and source_key = any (?) and repeat_scope = 'ONCE' order by id")
                .params(programId, sourceKeys).query(Long.class).list();
    }
}
