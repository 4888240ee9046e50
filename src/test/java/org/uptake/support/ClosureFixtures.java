package org.uptake.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.uptake.approval.SignOff;
import org.uptake.measure.benefit.Benefit;
import org.uptake.measure.benefit.BenefitForm;
import org.uptake.measure.benefit.BenefitService;
import org.uptake.program.Goal;
import org.uptake.program.Program;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramTeamService;
import org.uptake.program.setup.ProgramSetupService;
import org.uptake.program.setup.SetupForm;
import org.uptake.report.closure.EvaluationForm;
import org.uptake.report.closure.EvaluationService;
import org.uptake.report.closure.FinalReport;
import org.uptake.report.closure.FinalReportForm;
import org.uptake.report.closure.FinalReportService;
import org.uptake.report.closure.GoalResultForm;
import org.uptake.report.closure.GoalVerdict;
import org.uptake.report.closure.Handover;
import org.uptake.report.closure.HandoverForm;
import org.uptake.report.closure.HandoverService;
import org.uptake.report.closure.InterviewForm;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;

/**
 * Programs ready to be closed, made through the real services: a program in rollout (started in the past)
 * with a goal, a sponsor and a line owner who can sign in, and steps that complete the evaluation, sign the
 * final report and prepare the handover.
 */
public final class ClosureFixtures {

    /** A Monday in the past: the program's plan and the wheel's tasks may start from there. */
    public static final LocalDate START = LocalDate.of(2025, 1, 6);

    private final Fixtures fixtures;
    private final ProgramFixtures programs;

    public ClosureFixtures(Fixtures fixtures) {
        this.fixtures = fixtures;
        this.programs = new ProgramFixtures(fixtures);
    }

    /** The organisation, the program in rollout, its goal, and the people who sign. */
    public record World(ProgramFixtures.World org, Program program, Goal goal, Actor sponsor, Actor lineOwner) {

        public Actor coordinator() {
            return org.coordinator();
        }

        public long id() {
            return program.id();
        }
    }

    public World world() {
        return world("P1");
    }

    public World world(String playbook) {
        var w = programs.world();
        Actor lineOwner = fixtures.user(w.admin(), w.station().id(), Role.EMPLOYEE);
        Actor sponsor = fixtures.account(w.admin().organizationId(), w.sponsor().id(), "sponsor-" + Fixtures.next(), Role.EMPLOYEE);
        SetupForm form = programs.form(w, playbook);
        form.setStartDate(START);
        form.setLineOwnerPersonId(lineOwner.personId());
        Program p = fixtures.bean(ProgramSetupService.class).create(w.coordinator(), form).program();
        Goal goal = fixtures.bean(ProgramTeamService.class).addGoal(w.coordinator(), p.id(), "Every station books online", null);
        p = fixtures.bean(ProgramService.class).advance(w.coordinator(), p.id(), p.version());
        return new World(w, p, goal, sponsor, lineOwner);
    }

    /** Assesses the goal, writes the texts and records one interview. */
    public void completeEvaluation(World w) {
        EvaluationService evaluations = fixtures.bean(EvaluationService.class);
        var result = new GoalResultForm();
        result.setVerdict(GoalVerdict.ACHIEVED);
        result.setEvidence("All 12 stations book online since March");
        evaluations.assess(w.coordinator(), w.id(), w.goal().id(), result);
        var text = new EvaluationForm();
        text.setWentWell("Pilot first; heads signed off on time");
        text.setImprovements("Train the trainers earlier");
        text.setVersion(evaluations.view(w.coordinator(), w.id()).evaluation().version());
        evaluations.update(w.coordinator(), w.id(), text);
        evaluations.addInterview(w.coordinator(), w.id(), interview(w.sponsor().personId()));
    }

    public static InterviewForm interview(long personId) {
        var i = new InterviewForm();
        i.setPersonId(personId);
        i.setInterviewedOn(LocalDate.now().minusDays(1));
        i.setRole("Sponsor");
        i.setNotes("Satisfied; wants the reports monthly");
        return i;
    }

    public FinalReport writeSummary(World w) {
        FinalReportService reports = fixtures.bean(FinalReportService.class);
        var f = new FinalReportForm();
        f.setSummary("The new booking system is in use at every station.");
        f.setRecommendations("Keep the monthly quality check.");
        f.setVersion(reports.get(w.coordinator(), w.id()).version());
        return reports.update(w.coordinator(), w.id(), f);
    }

    /** Completes the evaluation, writes the report, sends it and lets the sponsor sign it. */
    public FinalReport signFinalReport(World w) {
        completeEvaluation(w);
        FinalReport draft = writeSummary(w);
        FinalReportService reports = fixtures.bean(FinalReportService.class);
        FinalReport sent = reports.sendForSignOff(w.coordinator(), w.id(), draft.version());
        SignOffFixtures.of(fixtures).approve(w.sponsor(), sent.signOffId());
        return reports.get(w.coordinator(), w.id());
    }

    public Handover prepareHandover(World w) {
        HandoverService handovers = fixtures.bean(HandoverService.class);
        var f = new HandoverForm();
        f.setLineOwnerPersonId(w.lineOwner().personId());
        f.setSolution("Booking system, admin guide, support line 1 at the service desk");
        f.setFollowUpPlan("Quarterly review of booking figures");
        f.setVersion(handovers.get(w.coordinator(), w.id()).version());
        return handovers.update(w.coordinator(), w.id(), f);
    }

    /** Signs the report, prepares the handover and sends it: the open acceptance request. */
    public SignOff sendHandover(World w) {
        signFinalReport(w);
        Handover h = prepareHandover(w);
        Handover sent = fixtures.bean(HandoverService.class).sendForAcceptance(w.coordinator(), w.id(), h.version());
        return SignOffFixtures.of(fixtures).service().find(w.coordinator(), sent.signOffId()).orElseThrow();
    }

    public Benefit benefit(World w, Long ownerPersonId) {
        var f = new BenefitForm();
        f.setTitle("Fewer phone bookings " + Fixtures.next());
        f.setExpectedValue(new BigDecimal("500"));
        f.setUnitOfMeasure("h");
        f.setRealisationStart(LocalDate.of(2025, 1, 1));
        f.setRealisationDue(LocalDate.of(2026, 12, 1));
        f.setOwnerPersonId(ownerPersonId);
        return fixtures.bean(BenefitService.class).create(w.coordinator(), w.id(), f);
    }
}
