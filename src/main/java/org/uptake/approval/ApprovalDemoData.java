package org.uptake.approval;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.approval.delegation.DelegationForm;
import org.uptake.approval.delegation.DelegationService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.demo.DemoContext;
import org.uptake.shared.demo.DemoDataContributor;
import org.uptake.shared.demo.DemoSize;

/**
 * Sign-offs of the demo, made through the service so they carry their threads and audit: the
 * head of the pilot station has three requests waiting (one in its second round after a
 * rejection), the coordinator an overdue one and one they decide for the travelling CEO; decided
 * ones show conditions, a stale approval and a cancellation. The large demo adds ten requests per
 * unit with a head (a third of them waiting), for the list benchmarks.
 */
@Component
class ApprovalDemoData implements DemoDataContributor {

    private final SignOffService signOffs;
    private final DelegationService delegations;
    private final JdbcClient jdbc;

    ApprovalDemoData(SignOffService signOffs, DelegationService delegations, JdbcClient jdbc) {
        this.signOffs = signOffs;
        this.delegations = delegations;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 250;
    }

    @Override
    public void contribute(DemoContext context) {
        if (context.size() == DemoSize.NONE) {
            return;
        }
        long org = context.organizationId();
        Optional<Actor> coordinator = actor(org, "coordinator");
        Optional<Actor> head = actor(org, "head");
        Optional<Actor> ceo = actor(org, "viewer");
        Optional<Actor> admin = actor(org, "admin");
        Optional<Actor> employee = actor(org, "employee");
        if (coordinator.isEmpty() || head.isEmpty() || ceo.isEmpty() || admin.isEmpty() || employee.isEmpty()) {
            return;
        }
        new DemoRequests(org, context.id("unit.pilot"), coordinator.get(), head.get(), ceo.get(), admin.get(),
                employee.get()).create();
        if (context.size() == DemoSize.LARGE) {
            bulk(org, coordinator.get());
        }
    }

    /** The small story, on top of the demo accounts. */
    private final class DemoRequests {
        private final long org;
        private final Long pilot;
        private final Actor coordinator;
        private final Actor head;
        private final Actor ceo;
        private final Actor admin;
        private final Actor employee;
        private final LocalDate today = LocalDate.now();

        DemoRequests(long org, Long pilot, Actor coordinator, Actor head, Actor ceo, Actor admin, Actor employee) {
            this.org = org;
            this.pilot = pilot;
            this.coordinator = coordinator;
            this.head = head;
            this.ceo = ceo;
            this.admin = admin;
            this.employee = employee;
        }

        void create() {
            forTheHead();
            decidedAndClosed();
            forTheCoordinator();
        }

        /** Three requests wait for the pilot station's head, one in its second round after a rejection. */
        private void forTheHead() {
            signOffs.request(coordinator, draft("Go-live of the pilot station", "The pilot station switches to the new "
                    + "service-desk system on the planned date; training and the access checklist are done.", 5)
                    .withStep(SignOffDraft.Step.of("Station manager", ApprovalRule.ANY, head.personId()))
                    .withStep(SignOffDraft.Step.of("Sponsor", ApprovalRule.ANY, ceo.personId())));

            SignOff access = signOffs.request(coordinator, draft("Access checklist for the North region stations",
                    "Accounts, workstations and network points for every person in scope.", 2)
                    .withStep(new SignOffDraft.Step("Station and IT", java.util.List.of(head.personId(), admin.personId()),
                            ApprovalRule.ALL, null)));
            decide(admin.personId(), access, SignOffDecision.APPROVED_WITH_CONDITIONS, "Fine for the day shift.",
                    "Create the night-shift accounts first");
            signOffs.delegate(head, access.id(), new RequestDelegationForm(employee.personId(), null,
                    "I am at the supplier on Thursday; Mikhail knows the workshop accounts."));

            SignOff migration = signOffs.request(coordinator, draft("Data migration method for the parts catalogue",
                    "Built-in import from the legacy parts database, tested on a copy first.", 4)
                    .withStep(SignOffDraft.Step.of("Station manager", ApprovalRule.ANY, head.personId())));
            SignOff rejected = decide(head.personId(), migration, SignOffDecision.REJECTED,
                    "The backup evidence is missing: show me the restore test first.");
            signOffs.comment(coordinator, migration.id(), new CommentForm("Restore test done on Monday, protocol attached to the migration record."));
            signOffs.newRound(coordinator, migration.id(), new NoteForm("Backup and restore test added.", rejected.version()));
        }

        /** Approved with conditions, approved and then flagged stale, cancelled. */
        private void decidedAndClosed() {
            SignOff training = signOffs.request(coordinator, draft("Training plan for the pilot station",
                    "Two sessions per shift, the booking-entry course first.", 7)
                    .withStep(SignOffDraft.Step.of("Station manager", ApprovalRule.ANY, head.personId())));
            decide(head.personId(), training, SignOffDecision.APPROVED_WITH_CONDITIONS, "Agreed.",
                    "Keep two mechanics on the floor during every session", "Repeat the course for newcomers in month 2");

            SignOff nextStation = signOffs.request(coordinator, draft("Go-live of the pilot station's reception team", null, 3)
                    .withStep(SignOffDraft.Step.of("Station manager", ApprovalRule.ANY, head.personId())));
            decide(head.personId(), nextStation, SignOffDecision.APPROVED, "Ready.");
            signOffs.markStale(Actor.system(org), nextStation.id(),
                    "Readiness dropped from 92% to 64% after the sign-off: two mechanics missed the training.");

            SignOff licences = signOffs.request(coordinator, draft("Extra licences for the contact centre", null, 10)
                    .withStep(SignOffDraft.Step.of(null, ApprovalRule.ANY, ceo.personId())));
            signOffs.cancel(coordinator, licences.id(), new NoteForm("The vendor includes them in the base package.", 0));
        }

        /** An overdue request (escalated to the coordinator's manager) and one they decide for the travelling CEO. */
        private void forTheCoordinator() {
            Long itHead = headOf("D3");
            SignOff workstations = signOffs.request(head, new SignOffDraft(SignOffDraft.FREE_TEXT, null,
                    "Replace two reception workstations", "The old PCs cannot run the new client.", null, pilot,
                    today.plusDays(1), java.util.List.of(new SignOffDraft.Step(null,
                    java.util.List.of(coordinator.personId(), itHead), ApprovalRule.QUORUM, 1))));
            // Asked before the due day; the due day has since passed, so the escalation job reminds the managers.
            jdbc.sql("update sign_off set due_on = ? where id = ?").params(today.minusDays(2), workstations.id()).update();

            var away = new DelegationForm();
            away.setToPersonId(coordinator.personId());
            away.setStartsOn(today);
            away.setEndsOn(today.plusDays(14));
            away.setReason("Business trip");
            delegations.createForPeriod(ceo, away, today);
            signOffs.request(admin, draft("Budget shift from travel to training", "EUR 12,000 moved within the program budget.", 6)
                    .withStep(SignOffDraft.Step.of("Sponsor", ApprovalRule.ANY, ceo.personId())));
        }

        private SignOffDraft draft(String title, String description, int dueInDays) {
            return SignOffDraft.about(SignOffDraft.FREE_TEXT, null, title, null).withDescription(description)
                    .withUnit(pilot).due(today.plusDays(dueInDays));
        }

        private SignOff decide(long personId, SignOff s, SignOffDecision decision, String comment, String... conditions) {
            Actor approver = actorOfPerson(org, personId).orElseThrow();
            int version = signOffs.find(approver, s.id()).orElseThrow().version();
            return signOffs.decide(approver, s.id(), new DecisionForm(decision, comment,
                    java.util.List.of(conditions), null, null, version));
        }

        private Long headOf(String unitCode) {
            return jdbc.sql("select head_person_id from unit where organization_id = ? and code = ?")
                    .params(org, unitCode).query(Long.class).single();
        }
    }

    private Optional<Actor> actor(long org, String username) {
        return jdbc.sql("select id, person_id from user_account where organization_id = ? and username = ?")
                .params(org, username).query((rs, n) -> rs.getLong("person_id")).optional()
                .flatMap(person -> actorOfPerson(org, person));
    }

    private Optional<Actor> actorOfPerson(long org, long personId) {
        return jdbc.sql("""
                select a.id, a.username, p.full_name, a.roles from user_account a join person p on p.id = a.person_id
                where a.organization_id = ? and a.person_id = ? and a.status = 'ACTIVE'""")
                .params(org, personId)
                .query((rs, n) -> {
                    Set<Role> roles = EnumSet.noneOf(Role.class);
                    for (Object r : (Object[]) rs.getArray("roles").getArray()) {
                        roles.add(Role.valueOf(r.toString()));
                    }
                    return new Actor(rs.getLong("id"), org, personId, rs.getString("username"), rs.getString("full_name"),
                            roles, false, "en", "UTC");
                }).optional();
    }

    /** Ten requests per unit with a head (approved, waiting, rejected in turn), inserted in bulk for the list benchmarks. */
    private void bulk(long org, Actor coordinator) {
        jdbc.sql("""
                insert into sign_off (organization_id, subject_type, title, unit_id, requested_by_user_id, requester_person_id,
                                      requester_name, status, round, current_step, due_on, decided_at, created_at)
                select u.organization_id, 'free', 'Readiness check ' || u.code || ' #' || g, u.id, :user, :person, :name,
                       case g % 3 when 1 then 'APPROVED' when 2 then 'OPEN' else 'REJECTED' end, 1,
                       case g % 3 when 2 then 1 end, current_date + ((u.id + g) % 20)::int,
                       case when g % 3 <> 2 then now() - interval '1 day' end, now() - interval '3 days'
                from unit u cross join generate_series(1, 10) g
                where u.organization_id = :org and u.head_person_id is not null""")
                .param("org", org).param("user", coordinator.userId()).param("person", coordinator.personId())
                .param("name", coordinator.displayName()).update();
        jdbc.sql("""
                insert into sign_off_step (organization_id, sign_off_id, round, ordinal, name, rule, quorum, status, opened_at, decided_at)
                select s.organization_id, s.id, 1, 1, 'Unit head', 'ANY', 1, case s.status when 'OPEN' then 'OPEN' else s.status end,
                       s.created_at, s.decided_at
                from sign_off s where s.organization_id = :org and s.title like 'Readiness check %'""")
                .param("org", org).update();
        jdbc.sql("""
                insert into sign_off_approver (organization_id, sign_off_id, step_id, round, person_id, decision, decided_at, comment)
                select s.organization_id, s.id, st.id, 1, u.head_person_id,
                       case s.status when 'APPROVED' then 'APPROVED' when 'REJECTED' then 'REJECTED' end, s.decided_at,
                       case s.status when 'REJECTED' then 'Not ready yet' end
                from sign_off s join sign_off_step st on st.sign_off_id = s.id join unit u on u.id = s.unit_id
                where s.organization_id = :org and s.title like 'Readiness check %'""")
                .param("org", org).update();
    }
}
