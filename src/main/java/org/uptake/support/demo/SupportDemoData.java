package org.uptake.support.demo;

import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.demo.DemoContext;
import org.uptake.shared.demo.DemoDataContributor;
import org.uptake.shared.demo.DemoSize;
import org.uptake.support.MergeForm;
import org.uptake.support.NoteForm;
import org.uptake.support.Problem;
import org.uptake.support.ProblemForm;
import org.uptake.support.ProblemService;
import org.uptake.support.sla.ProblemSeverity;
import org.uptake.support.ProblemStatus;
import org.uptake.support.ProblemType;
import org.uptake.support.ProblemWorkflow;
import org.uptake.support.StatusForm;
import org.uptake.support.TriageForm;
import org.uptake.support.faq.FaqForm;
import org.uptake.support.faq.FaqService;

/**
 * The demo's problem log in the workshop-system program: one problem of every kind, reported by the
 * demo employee through the same services the form uses, in every status — a critical one open in the
 * pilot station (the readiness gate shows it), one waiting for the reporter (clock stopped), a
 * training-material problem with its revision task, a merged duplicate, a resolved one promoted to the
 * FAQ — then spread over the past weeks so the trends have a shape. The large demo adds 10,000.
 */
@Component
class SupportDemoData implements DemoDataContributor {

    private final ProblemService problems;
    private final ProblemWorkflow workflow;
    private final FaqService faq;
    private final LargeProblemLog large;
    private final JdbcClient jdbc;

    SupportDemoData(ProblemService problems, ProblemWorkflow workflow, FaqService faq, LargeProblemLog large, JdbcClient jdbc) {
        this.problems = problems;
        this.workflow = workflow;
        this.faq = faq;
        this.large = large;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public void contribute(DemoContext context) {
        if (context.size() == DemoSize.NONE || context.id("person.employee") == null || context.id("program.p1") == null) {
            return;
        }
        Actor employee = actor(context, context.id("person.employee"), Role.EMPLOYEE);
        Actor coordinator = actor(context, context.id("person.coordinator"), Role.COORDINATOR);
        Actor head = actor(context, context.id("person.head"), Role.UNIT_HEAD);
        long program = context.id("program.p1");
        Long pilot = context.id("unit.pilot");

        Problem login = report(employee, ProblemType.TECHNICAL_ERROR, ProblemSeverity.CRITICAL,
                "Cannot log in to the workshop system at bay 2", "Since this morning the login page says \"licence expired\".", pilot, program);
        triage(coordinator, login, context.id("person.it"));
        workflow.move(coordinator, login.id(), new StatusForm(ProblemStatus.IN_PROGRESS, "Licence server checked.", version(login.id())));

        Problem sync = report(head, ProblemType.INTEGRATION_FAILURE, ProblemSeverity.HIGH,
                "Parts orders do not reach the supplier portal", "Orders stay in 'sent' for hours.", pilot, program);
        triage(coordinator, sync, context.id("person.it"));
        workflow.move(coordinator, sync.id(), new StatusForm(ProblemStatus.WAITING_FOR_REPORTER,
                "Which order numbers are affected, and since when?", version(sync.id())));

        Problem guide = report(employee, ProblemType.TRAINING_MATERIAL, ProblemSeverity.MEDIUM,
                "User guide shows the old invoice screen", "Chapter 4 still has screenshots of the old system.", pilot, program,
                "Workshop system user guide", "1.2");
        triage(coordinator, guide, context.id("person.coordinator"));

        Problem why = report(employee, ProblemType.RESISTANCE, ProblemSeverity.LOW,
                "Mechanics say the new order form takes longer", "Several colleagues keep paper notes and type them in later.", pilot, program);
        triage(coordinator, why, context.id("person.head"));

        Problem print = resolvedQuestion(employee, coordinator, program, pilot);
        Problem again = report(head, ProblemType.QUESTION, ProblemSeverity.LOW, "Printing a work order?", null, pilot, program);
        workflow.merge(coordinator, again.id(), new MergeForm(print.id(), version(again.id())));
        var entry = new FaqForm();
        entry.setQuestion("How do I print a work order?");
        entry.setAnswer("Open the order, choose Print in the top right, then \"Work order (A4)\". The old F9 shortcut is gone.");
        faq.promote(coordinator, print.id(), entry);

        Problem request = report(head, ProblemType.REQUEST, ProblemSeverity.MEDIUM,
                "Add the tyre-storage field to the vehicle card", "We used to keep the storage slot on the old card.", null, program);
        workflow.comment(coordinator, request.id(), new NoteForm("Collected for the first improvement release."));

        backdate(context.organizationId());
        if (context.size() == DemoSize.LARGE) {
            large.create(context.organizationId(), program);
        }
    }

    private Problem resolvedQuestion(Actor employee, Actor coordinator, long program, Long unit) {
        Problem p = report(employee, ProblemType.QUESTION, ProblemSeverity.LOW, "How do I print a work order?",
                "The F9 key does nothing any more.", unit, program);
        triage(coordinator, p, coordinator.personId());
        workflow.move(coordinator, p.id(), new StatusForm(ProblemStatus.RESOLVED,
                "Open the order, choose Print in the top right, then \"Work order (A4)\".", version(p.id())));
        workflow.move(employee, p.id(), new StatusForm(ProblemStatus.CLOSED, null, version(p.id())));
        return p;
    }

    private Problem report(Actor actor, ProblemType type, ProblemSeverity severity, String title, String text, Long unit,
                           long program, String... material) {
        var f = new ProblemForm();
        f.setType(type);
        f.setSeverity(severity);
        f.setTitle(title);
        f.setDescription(text);
        f.setUnitId(unit);
        f.setProgramId(program);
        if (material.length == 2) {
            f.setMaterialName(material[0]);
            f.setMaterialVersion(material[1]);
        }
        return problems.report(actor, f);
    }

    private void triage(Actor coordinator, Problem p, Long owner) {
        Problem current = problems.get(coordinator, p.id());
        TriageForm f = TriageForm.of(current);
        f.setOwnerPersonId(owner);
        problems.triage(coordinator, p.id(), f);
    }

    private int version(long id) {
        return jdbc.sql("select version from problem where id = ?").param(id).query(Integer.class).single();
    }

    /** Spreads the small log over the last five weeks, keeping each problem's SLA arithmetic intact. */
    private void backdate(long org) {
        jdbc.sql("""
                update problem set created_at = created_at - make_interval(days => ((id % 5) * 7 + 1)::int),
                       resolved_at = resolved_at - make_interval(days => ((id % 5) * 7)::int),
                       closed_at = closed_at - make_interval(days => ((id % 5) * 7)::int)
                where organization_id = ?""").param(org).update();
        jdbc.sql("""
                update problem set sla_due_at = created_at + make_interval(hours => sla_hours) + make_interval(mins => paused_minutes)
                where organization_id = ?""").param(org).update();
    }

    private Actor actor(DemoContext context, long personId, Role role) {
        long org = context.organizationId();
        var row = jdbc.sql("""
                select coalesce(ua.id, 0) as user_id, coalesce(ua.username, 'demo') as username, p.full_name
                from person p left join user_account ua on ua.person_id = p.id where p.id = ?""")
                .param(personId).query((rs, n) -> new Object[]{rs.getLong(1), rs.getString(2), rs.getString(3)}).single();
        return new Actor((Long) row[0], org, personId, (String) row[1], (String) row[2], Set.of(role), false, "en", "UTC");
    }
}
