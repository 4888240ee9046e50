package org.uptake.report.closure;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.approval.DecisionForm;
import org.uptake.approval.SignOffDecision;
import org.uptake.approval.SignOffService;
import org.uptake.measure.Aggregation;
import org.uptake.measure.Direction;
import org.uptake.measure.KpiForm;
import org.uptake.measure.KpiService;
import org.uptake.measure.MeasurementForm;
import org.uptake.measure.MeasurementService;
import org.uptake.measure.Period;
import org.uptake.measure.SourceKind;
import org.uptake.measure.benefit.BenefitForm;
import org.uptake.measure.benefit.BenefitService;
import org.uptake.program.Goal;
import org.uptake.program.Program;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramSubject;
import org.uptake.program.ProgramTeamService;
import org.uptake.program.playbook.PlaybookService;
import org.uptake.program.setup.ProgramSetupService;
import org.uptake.program.setup.SetupForm;
import org.uptake.report.backlog.BacklogForm;
import org.uptake.report.backlog.BacklogPriority;
import org.uptake.report.backlog.BacklogService;
import org.uptake.report.backlog.BacklogSource;
import org.uptake.report.lessons.LessonForm;
import org.uptake.report.lessons.LessonKind;
import org.uptake.report.lessons.LessonService;
import org.uptake.report.wheel.WheelForm;
import org.uptake.report.wheel.WheelKind;
import org.uptake.report.wheel.WheelService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.demo.DemoContext;
import org.uptake.shared.demo.DemoDataContributor;
import org.uptake.shared.demo.DemoSize;

/**
 * The demo's closed earlier program: the parts-ordering system, rolled out with P1 more than a year ago — its
 * evaluation with interviews and lessons, the final report signed by the CEO, the handover accepted by the
 * station manager (who then owns the benefit), a backlog, the annual wheel and its tasks, then closed. The
 * lessons are offered to the live P1 program and to any new one from P1.
 */
@Component
class ClosedProgramDemoData implements DemoDataContributor {

    private final ProgramSetupService setup;
    private final ProgramService programs;
    private final ProgramTeamService team;
    private final PlaybookService playbooks;
    private final KpiService kpis;
    private final MeasurementService measurements;
    private final BenefitService benefits;
    private final EvaluationService evaluations;
    private final LessonService lessons;
    private final FinalReportService reports;
    private final HandoverService handovers;
    private final BacklogService backlog;
    private final WheelService wheel;
    private final SignOffService signOffs;
    private final JdbcClient jdbc;

    ClosedProgramDemoData(ProgramSetupService setup, ProgramService programs, ProgramTeamService team, PlaybookService playbooks,
                          KpiService kpis, MeasurementService measurements, BenefitService benefits, EvaluationService evaluations,
                          LessonService lessons, FinalReportService reports, HandoverService handovers, BacklogService backlog,
                          WheelService wheel, SignOffService signOffs, JdbcClient jdbc) {
        this.setup = setup;
        this.programs = programs;
        this.team = team;
        this.playbooks = playbooks;
        this.kpis = kpis;
        this.measurements = measurements;
        this.benefits = benefits;
        this.evaluations = evaluations;
        this.lessons = lessons;
        this.reports = reports;
        this.handovers = handovers;
        this.backlog = backlog;
        this.wheel = wheel;
        this.signOffs = signOffs;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public void contribute(DemoContext context) {
        if (context.size() != DemoSize.SMALL || context.id("person.coordinator") == null || context.id("person.head") == null) {
            return;
        }
        long org = context.organizationId();
        Actor coordinator = actor(org, context.id("person.coordinator"), Role.COORDINATOR, Role.ADMIN);
        LocalDate start = LocalDate.now().minusWeeks(70).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Program p = program(context, coordinator, start);
        List<Goal> goals = team.goals(coordinator, p.id());
        measure(coordinator, p, goals.getFirst(), start);
        evaluate(coordinator, p, goals, context);
        long lineOwner = context.id("person.head");
        followUp(coordinator, p, lineOwner);
        sign(org, context.id("person.ceo"), reports.sendForSignOff(coordinator, p.id(),
                reports.get(coordinator, p.id()).version()).signOffId());
        handOver(coordinator, p, lineOwner);
        Program inOperation = programs.find(coordinator, p.id());
        programs.advance(coordinator, p.id(), inOperation.version());
        context.remember("program.closed", p.id());
    }

    private Program program(DemoContext context, Actor coordinator, LocalDate start) {
        var form = new SetupForm();
        form.setPlaybookId(playbooks.list(coordinator).stream().filter(b -> b.builtIn() && b.code().equals("P1")).findFirst()
                .orElseThrow().id());
        form.setName("Parts ordering system");
        form.setSubject(ProgramSubject.SOFTWARE_SYSTEM);
        form.setLanguage("en");
        form.setStartDate(start);
        form.setObjective("Every station orders spare parts through the new ordering system; parts waiting time down 30 %.");
        form.setUnitIds(List.of(context.id("unit.root")));
        form.setSponsorPersonId(context.id("person.ceo"));
        form.setLineOwnerPersonId(context.id("person.head"));
        form.setGoals(List.of(goal("All parts orders go through the ordering system"), goal("Parts waiting time down 30 %")));
        Program p = setup.create(coordinator, form).program();
        // The earlier program's plan is history: every task was done as planned.
        jdbc.sql("""
                update program_task set status = 'DONE', actual_start = planned_start, actual_finish = planned_finish,
                       completed_by_name = 'Coordinator', completed_at = planned_finish + time '17:00',
                       evidence_note = 'Done as planned; see the minutes.', owner_unresolved = false
                where program_id = ?""").param(p.id()).update();
        return programs.advance(coordinator, p.id(), p.version());
    }

    private static SetupForm.GoalLine goal(String statement) {
        var g = new SetupForm.GoalLine();
        g.setStatement(statement);
        return g;
    }

    private void measure(Actor coordinator, Program p, Goal goal, LocalDate start) {
        var k = new KpiForm();
        k.setGoalId(goal.id());
        k.setCode("ONL");
        k.setName("Orders placed in the ordering system");
        k.setUnitOfMeasure("%");
        k.setMethod("Orders in the system ÷ all parts orders, per month");
        k.setDirection(Direction.INCREASE);
        k.setSource("Ordering system report");
        k.setPeriod(Period.MONTH);
        k.setAggregation(Aggregation.AVERAGE);
        k.setBaselineValue(new BigDecimal("5"));
        k.setBaselineDate(start.withDayOfMonth(1));
        k.setTargetValue(new BigDecimal("95"));
        k.setTargetDate(start.withDayOfMonth(1).plusMonths(12));
        long kpi = kpis.create(coordinator, p.id(), k).id();
        String[] values = {"40", "70", "88", "97"};
        for (int i = 0; i < values.length; i++) {
            var m = new MeasurementForm();
            m.setValue(new BigDecimal(values[i]));
            m.setMeasuredOn(start.withDayOfMonth(1).plusMonths(3L * (i + 1)).plusDays(14));
            measurements.record(coordinator, kpi, m, SourceKind.MANUAL);
        }
        var b = new BenefitForm();
        b.setTitle("Less time lost waiting for parts");
        b.setExpectedValue(new BigDecimal("1200"));
        b.setUnitOfMeasure("h/year");
        b.setRealisationStart(start.plusMonths(6));
        b.setRealisationDue(start.plusMonths(30));
        b.setOwnerPersonId(coordinator.personId());
        b.setKpiIds(List.of(kpi));
        benefits.create(coordinator, p.id(), b);
    }

    private void evaluate(Actor coordinator, Program p, List<Goal> goals, DemoContext context) {
        assess(coordinator, p, goals.get(0), GoalVerdict.ACHIEVED, "97 % of orders placed in the system in the last month.");
        assess(coordinator, p, goals.get(1), GoalVerdict.PARTLY, "Waiting time down 22 % (target 30 %); two suppliers still fax.");
        var text = new EvaluationForm();
        text.setWentWell("The pilot station found the supplier-catalogue gaps early.\nHeads signed off every station on time.");
        text.setImprovements("Suppliers were brought in too late.\nThe second wave got its training only three days before go-live.");
        text.setConclusion("The original objective is met for ordering and partly for waiting time; supplier onboarding continues in the backlog.");
        evaluations.update(coordinator, p.id(), text);
        interview(coordinator, p, context.id("person.head"), "Station manager, line owner",
                "Ordering is faster; wants a mobile scanner for the parts store.");
        interview(coordinator, p, context.id("person.ceo"), "Sponsor", "Satisfied with adoption; asks for the supplier figures quarterly.");
        lessons.add(coordinator, p.id(), LessonForm.of(LessonKind.KEEP, "Pilot in one station first",
                "The pilot found the catalogue gaps before they reached every station."));
        lessons.add(coordinator, p.id(), LessonForm.of(LessonKind.IMPROVE, "Bring suppliers in during preparation",
                "Invite the main suppliers to the kick-off and test their catalogues in the pilot."));
        lessons.add(coordinator, p.id(), LessonForm.of(LessonKind.AVOID, "Training right before go-live",
                "Train at least two weeks before go-live; three days left no time to practise."));
        var summary = new FinalReportForm();
        summary.setSummary("The parts ordering system is in use in every station; 97 % of orders go through it.");
        summary.setRecommendations("Onboard the remaining suppliers; review the waiting time every quarter.");
        reports.update(coordinator, p.id(), summary);
    }

    private void assess(Actor actor, Program p, Goal g, GoalVerdict verdict, String evidence) {
        var f = new GoalResultForm();
        f.setVerdict(verdict);
        f.setEvidence(evidence);
        evaluations.assess(actor, p.id(), g.id(), f);
    }

    private void interview(Actor actor, Program p, long personId, String role, String notes) {
        var i = new InterviewForm();
        i.setPersonId(personId);
        i.setInterviewedOn(LocalDate.now().minusWeeks(10));
        i.setRole(role);
        i.setNotes(notes);
        evaluations.addInterview(actor, p.id(), i);
    }

    private void followUp(Actor coordinator, Program p, long lineOwner) {
        item(coordinator, p, "Mobile scanner for the parts store", BacklogSource.FEEDBACK, BacklogPriority.HIGH);
        item(coordinator, p, "Connect the two suppliers who still fax", BacklogSource.MANUAL, BacklogPriority.MEDIUM);
        activity(coordinator, p, 3, WheelKind.QUALITY_ASSESSMENT, "Yearly review of ordering quality", lineOwner);
        activity(coordinator, p, 6, WheelKind.ASSURANCE, "Check the ordering rules are followed in every station", lineOwner);
        activity(coordinator, p, 10, WheelKind.DEVELOPMENT, "Plan next year's improvements with the suppliers", lineOwner);
    }

    private void item(Actor actor, Program p, String title, BacklogSource source, BacklogPriority priority) {
        var f = new BacklogForm();
        f.setTitle(title);
        f.setSource(source);
        f.setPriority(priority);
        backlog.create(actor, p.id(), f);
    }

    private void activity(Actor actor, Program p, int month, WheelKind kind, String title, long owner) {
        var f = new WheelForm();
        f.setMonth(month);
        f.setKind(kind);
        f.setTitle(title);
        f.setOwnerPersonId(owner);
        wheel.add(actor, p.id(), f);
    }

    private void handOver(Actor coordinator, Program p, long lineOwner) {
        var h = new HandoverForm();
        h.setLineOwnerPersonId(lineOwner);
        h.setSolution("The ordering system with its supplier catalogue, the station guide, and first-line support at the service desk.");
        h.setFollowUpPlan("Quarterly review of waiting times; supplier onboarding from the backlog; the annual wheel below.");
        handovers.update(coordinator, p.id(), h);
        long signOff = handovers.sendForAcceptance(coordinator, p.id(), handovers.get(coordinator, p.id()).version()).signOffId();
        sign(coordinator.organizationId(), lineOwner, signOff);
    }

    private void sign(long org, long personId, long signOffId) {
        Actor approver = actor(org, personId, Role.EMPLOYEE);
        int version = signOffs.find(approver, signOffId).orElseThrow().version();
        signOffs.decide(approver, signOffId, new DecisionForm(SignOffDecision.APPROVED, null, List.of(), null, null, version));
    }

    /** The person's own account when there is one, so the history names them. */
    private Actor actor(long org, long personId, Role... roles) {
        Long userId = jdbc.sql("select id from user_account where organization_id = ? and person_id = ?").params(org, personId)
                .query(Long.class).optional().orElse(0L);
        String name = jdbc.sql("select full_name from person where id = ?").param(personId).query(String.class).single();
        return new Actor(userId, org, personId, "demo-" + personId, name, Set.of(roles), false, "en", "UTC");
    }
}
