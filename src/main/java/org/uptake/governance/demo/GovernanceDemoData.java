package org.uptake.governance.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.approval.DecisionForm;
import org.uptake.approval.SignOffDecision;
import org.uptake.approval.SignOffService;
import org.uptake.governance.acknowledgement.AcknowledgementRequest;
import org.uptake.governance.acknowledgement.AcknowledgementService;
import org.uptake.governance.document.DocumentForm;
import org.uptake.governance.document.DocumentInstance;
import org.uptake.governance.document.DocumentInstanceService;
import org.uptake.governance.document.DocumentLifecycle;
import org.uptake.governance.document.LifecycleForm;
import org.uptake.governance.document.TemplateService;
import org.uptake.governance.group.GroupKind;
import org.uptake.governance.group.MemberForm;
import org.uptake.governance.group.MemberRole;
import org.uptake.governance.group.TieRule;
import org.uptake.governance.group.WorkingGroup;
import org.uptake.governance.group.WorkingGroupForm;
import org.uptake.governance.group.WorkingGroupService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.demo.DemoContext;
import org.uptake.shared.demo.DemoDataContributor;
import org.uptake.shared.demo.DemoSize;

/**
 * P7 stage 1 in the demo, made through the services so history and mails are real: the working
 * group (the coordinator chairs, the demo employee is secretary, the pilot head a member) with its
 * first meeting held — attendance, a decision with a dissenting opinion, minutes, closed — and the
 * second planned; the order creating the group signed off by the CEO, registered, in force and
 * acknowledged by part of its addressees (the head still has it on the home page). The large demo
 * also sends the order to everyone, so the acknowledgement list has 20,000 rows.
 */
@Component
class GovernanceDemoData implements DemoDataContributor {

    private final WorkingGroupService groups;
    private final GovernanceDemoMeetings meetings;
    private final TemplateService templates;
    private final DocumentInstanceService documents;
    private final DocumentLifecycle lifecycle;
    private final AcknowledgementService acknowledgements;
    private final SignOffService signOffs;
    private final JdbcClient jdbc;

    GovernanceDemoData(WorkingGroupService groups, GovernanceDemoMeetings meetings, TemplateService templates,
                       DocumentInstanceService documents, DocumentLifecycle lifecycle, AcknowledgementService acknowledgements,
                       SignOffService signOffs, JdbcClient jdbc) {
        this.groups = groups;
        this.meetings = meetings;
        this.templates = templates;
        this.documents = documents;
        this.lifecycle = lifecycle;
        this.acknowledgements = acknowledgements;
        this.signOffs = signOffs;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 850;
    }

    @Override
    public void contribute(DemoContext context) {
        if (context.size() == DemoSize.NONE) {
            return;
        }
        long org = context.organizationId();
        Optional<Actor> admin = actor(org, "admin");
        Optional<Actor> chair = actor(org, "coordinator");
        Optional<Actor> secretary = actor(org, "employee");
        Optional<Actor> head = actor(org, "head");
        Optional<Actor> ceo = actor(org, "viewer");
        if (admin.isEmpty() || chair.isEmpty() || secretary.isEmpty() || head.isEmpty() || ceo.isEmpty()) {
            return;
        }
        WorkingGroup group = workingGroup(admin.get(), context.id("program.p1"), chair.get(), secretary.get(), head.get());
        meetings.held(group, chair.get(), secretary.get(), head.get());
        meetings.planned(group, secretary.get());
        DocumentInstance order = order(admin.get(), ceo.get(), group);
        acknowledgements.request(admin.get(), order.id(),
                new AcknowledgementRequest(List.of(), group.id(), null, LocalDate.now().plusDays(5)));
        acknowledgements.acknowledge(chair.get(), order.id(), order.revision());
        acknowledgements.acknowledge(secretary.get(), order.id(), order.revision());
        if (context.size() == DemoSize.LARGE) {
            acknowledgements.request(admin.get(), order.id(),
                    new AcknowledgementRequest(List.of(), null, context.id("unit.root"), LocalDate.now().plusDays(14)));
        }
        regulation(admin.get(), group);
        attestationCommission(admin.get(), chair.get(), head.get());
    }

    /** P7's attestation commission: two thirds make a quorum and a tie rejects, as attestation rules usually say. */
    private void attestationCommission(Actor admin, Actor chair, Actor head) {
        WorkingGroup g = groups.create(admin, new WorkingGroupForm(GroupKind.COMMISSION, "Attestation commission",
                "Attests employees against the professional standards of their positions.", null, 67, TieRule.REJECTED, 0));
        add(admin, g, chair.personId(), MemberRole.CHAIR, "Chairs the attestation, signs the attestation sheets.");
        add(admin, g, admin.personId(), MemberRole.SECRETARY, "Prepares the lists and keeps the minutes.");
        add(admin, g, head.personId(), MemberRole.MEMBER, null);
    }

    private WorkingGroup workingGroup(Actor admin, Long programId, Actor chair, Actor secretary, Actor head) {
        WorkingGroup g = groups.create(admin, new WorkingGroupForm(GroupKind.WORKING_GROUP,
                "Working group for the workshop management system",
                "Prepares and steers the transition: action plan, regulations to change, training needs, acceptance.",
                programId, 50, TieRule.CHAIR_DECIDES, 0));
        add(admin, g, chair.personId(), MemberRole.CHAIR, "Chairs the meetings, signs the minutes, casts the deciding vote on a tie.");
        add(admin, g, head.personId(), MemberRole.DEPUTY, "Chairs in the chair's absence.");
        add(admin, g, secretary.personId(), MemberRole.SECRETARY, "Keeps the minutes and the group's documents.");
        add(admin, g, admin.personId(), MemberRole.MEMBER, "IT: integrations and access rights.");
        otherPerson(admin.organizationId(), List.of(chair.personId(), head.personId(), secretary.personId(), admin.personId()))
                .ifPresent(p -> add(admin, g, p, MemberRole.MEMBER, null));
        return groups.get(admin, g.id());
    }

    private void add(Actor admin, WorkingGroup g, Long personId, MemberRole role, String powers) {
        if (personId == null) {
            return;
        }
        groups.addMember(admin, g.id(), new MemberForm(personId, role, powers), groups.get(admin, g.id()).version());
    }

    /** The order creating the group: drafted, signed off by the CEO, registered and in force. */
    private DocumentInstance order(Actor admin, Actor ceo, WorkingGroup group) {
        long template = builtIn(admin, "wg-order");
        DocumentInstance d = documents.create(admin, new DocumentForm(template, "Order creating the working group", group.programId(),
                group.id(), null, ceo.personId(), null, Map.of("city", "Moscow", "hrHead", "Head of HR",
                "acknowledgeBy", LocalDate.now().plusDays(5).toString()), 0));
        d = lifecycle.sendForSignOff(admin, d.id(), new LifecycleForm(List.of(ceo.personId()), null, null, null, d.version()));
        int version = signOffs.find(ceo, d.signOffId()).orElseThrow().version();
        signOffs.decide(ceo, d.signOffId(), new DecisionForm(SignOffDecision.APPROVED, "Agreed.", List.of(), null, null, version));
        d = documents.get(admin, d.id());
        LocalDate registered = LocalDate.now().minusDays(21);
        d = lifecycle.register(admin, d.id(), new LifecycleForm(null, "WG-1", registered, null, d.version()));
        return lifecycle.putInForce(admin, d.id(), new LifecycleForm(null, null, registered, null, d.version()));
    }

    /** The regulation of the group, still a draft: what the group works on next. */
    private void regulation(Actor admin, WorkingGroup group) {
        documents.create(admin, new DocumentForm(builtIn(admin, "wg-regulation"), "Regulation on the working group",
                group.programId(), group.id(), null, null, null, Map.of("region", "Moscow"), 0));
    }

    private long builtIn(Actor admin, String code) {
        return templates.list(admin).stream().filter(t -> t.builtIn() && t.code().equals(code) && t.language().equals("en"))
                .findFirst().orElseThrow().id();
    }

    private Optional<Long> otherPerson(long org, List<Long> except) {
        return jdbc.sql("""
                select p.id from person p join position pos on pos.id = p.position_id
                where p.organization_id = ? and pos.code = 'HR' and p.id <> all(?) order by p.id limit 1""")
                .params(org, except.toArray(Long[]::new)).query(Long.class).optional();
    }

    private Optional<Actor> actor(long org, String username) {
        return jdbc.sql("""
                select a.id, a.person_id, a.username, p.full_name, a.roles from user_account a join person p on p.id = a.person_id
                where a.organization_id = ? and a.username = ? and a.status = 'ACTIVE'""")
                .params(org, username)
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
