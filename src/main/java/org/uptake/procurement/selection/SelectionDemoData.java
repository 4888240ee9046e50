package org.uptake.procurement.selection;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.approval.DecisionForm;
import org.uptake.approval.SignOffDecision;
import org.uptake.approval.SignOffService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.demo.DemoContext;
import org.uptake.shared.demo.DemoDataContributor;
import org.uptake.shared.demo.DemoSize;

/**
 * P8's procurement in the demo, made through the services: the coordinator's CRM selection in the
 * pilot program with the six built-in questions, three shortlisted vendors with their bids, a tender
 * plan, two evaluators (the demo employee and the pilot head) who both submitted, and the decision
 * for the best-ranked vendor signed off by the CEO — its commitments are now milestones of the plan.
 */
@Component
class SelectionDemoData implements DemoDataContributor {

    private final SelectionService selections;
    private final VendorService vendors;
    private final ScoringService scoring;
    private final SelectionDecisions decisions;
    private final SignOffService signOffs;
    private final JdbcClient jdbc;

    SelectionDemoData(SelectionService selections, VendorService vendors, ScoringService scoring, SelectionDecisions decisions,
                      SignOffService signOffs, JdbcClient jdbc) {
        this.selections = selections;
        this.vendors = vendors;
        this.scoring = scoring;
        this.decisions = decisions;
        this.signOffs = signOffs;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 820;
    }

    @Override
    public void contribute(DemoContext context) {
        Long programId = context.id("program.p1");
        if (context.size() == DemoSize.NONE || programId == null) {
            return;
        }
        long org = context.organizationId();
        Optional<Actor> coordinator = actor(org, context.id("person.coordinator"));
        Optional<Actor> employee = actor(org, context.id("person.employee"));
        Optional<Actor> head = actor(org, context.id("person.head"));
        Optional<Actor> ceo = actor(org, context.id("person.ceo"));
        if (coordinator.isEmpty() || employee.isEmpty() || head.isEmpty() || ceo.isEmpty()) {
            return;
        }
        crm(coordinator.get(), programId, List.of(employee.get(), head.get()), ceo.get());
    }

    private void crm(Actor coordinator, long programId, List<Actor> evaluators, Actor ceo) {
        LocalDate today = LocalDate.now();
        Selection s = selections.create(coordinator, programId, new SelectionForm("CRM system for sales and service",
                "One system for customer contacts, requests and service visits instead of spreadsheets.", "EUR", BuiltInCriteria.CRM,
                "Open competition with at least three vendors; requirements document sent for estimates; two-week trials.",
                today.minusDays(40), today.minusDays(20), today.plusDays(5), 0));
        LocalDate start = selections.access(coordinator, programId, s.id()).program().program().startDate();
        LocalDate first = start.isAfter(today) ? start : today;
        Vendor alpha = vendor(coordinator, programId, s.id(), "Alpha CRM", "Quick start, strong mobile app, Russian support",
                List.of(1_200_000L, 300_000L, 150_000L, 250_000L, 0L, 400_000L, 200_000L));
        Vendor beta = vendor(coordinator, programId, s.id(), "Beta Sales Cloud", "Lowest licence cost, marketplace of add-ons",
                List.of(800_000L, 200_000L, 100_000L, 150_000L, 0L, 450_000L, 300_000L));
        Vendor gamma = vendor(coordinator, programId, s.id(), "Gamma Service Suite", "Field service and contracts built in, open API",
                List.of(1_500_000L, 400_000L, 200_000L, 300_000L, 500_000L, 250_000L, 250_000L));
        vendors.addCommitment(coordinator, programId, s.id(), gamma.id(), new CommitmentForm("Configured pilot for the pilot station",
                first.plusDays(30), "Pilot users complete the test scenarios without help"));
        vendors.addCommitment(coordinator, programId, s.id(), gamma.id(), new CommitmentForm("Data migration of customers and contracts",
                first.plusDays(45), "Migration report signed by the data owner: counts match, no errors left"));
        int[][] marks = {{8, 6, 9}, {7, 6, 9}};
        for (int e = 0; e < evaluators.size(); e++) {
            Actor evaluator = evaluators.get(e);
            scoring.addEvaluator(coordinator, programId, s.id(), evaluator.personId());
            int[] m = marks[e];
            List<Criterion> quality = selections.criteria(coordinator, programId, s.id()).stream().filter(c -> !c.price()).toList();
            List<ScoreSheetForm.Entry> entries = new java.util.ArrayList<>();
            for (Criterion c : quality) {
                entries.add(new ScoreSheetForm.Entry(alpha.id(), c.id(), m[0]));
                entries.add(new ScoreSheetForm.Entry(beta.id(), c.id(), Math.max(0, m[1] - c.position() % 2)));
                entries.add(new ScoreSheetForm.Entry(gamma.id(), c.id(), m[2]));
            }
            scoring.score(evaluator, programId, s.id(), new ScoreSheetForm(entries, 0));
            scoring.submit(evaluator, programId, s.id(), 1);
        }
        Selection current = selections.get(coordinator, programId, s.id());
        Selection requested = decisions.decide(coordinator, programId, s.id(), new SelectionDecisionForm(gamma.id(),
                "Highest weighted total; field service and contracts are built in, so less integration work.",
                List.of(ceo.personId()), current.version()));
        int version = signOffs.find(ceo, requested.signOffId()).orElseThrow().version();
        signOffs.decide(ceo, requested.signOffId(), new DecisionForm(SignOffDecision.APPROVED, "Agreed.", List.of(), null, null,
                version));
    }

    private Vendor vendor(Actor coordinator, long programId, long selectionId, String name, String advantages, List<Long> c) {
        return vendors.create(coordinator, programId, selectionId, new VendorForm(name, name, advantages, true, true, "14-day trial",
                "Scope: 40 users, 3 integrations", c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6), 0));
    }

    /** The person's active account as an actor, so the history names the demo people. */
    private Optional<Actor> actor(long org, Long personId) {
        if (personId == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select a.id, a.person_id, a.username, p.full_name, a.roles from user_account a join person p on p.id = a.person_id
                where a.organization_id = ? and a.person_id = ? and a.status = 'ACTIVE' order by a.id limit 1""")
                .params(org, personId)
                .query((rs, n) -> {
                    Set<Role> roles = EnumSet.noneOf(Role.class);
                    for (Object r : (Object[]) rs.getArray("roles").getArray()) {
                        roles.add(Role.valueOf(r.toString()));
                    }
                    return new Actor(rs.getLong("id"), org, rs.getLong("person_id"), rs.getString("username"),
                            rs.getString("full_name"), roles, false, "en", "UTC");
                }).optional();
    }
}
