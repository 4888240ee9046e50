package org.uptake.program.setup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.program.Program;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramSubject;
import org.uptake.program.ProgramTeamService;
import org.uptake.program.plan.TaskForm;
import org.uptake.program.plan.PlanService;
import org.uptake.program.plan.TaskService;
import org.uptake.program.playbook.PlaybookService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.demo.DemoContext;
import org.uptake.shared.demo.DemoDataContributor;
import org.uptake.shared.demo.DemoSize;

/**
 * The demo's programs: the car-service network rolls out a new workshop-management system with P1 —
 * preparation done and accepted, rollout under way, one task overdue. The large demo adds a program
 * of 5,000 tasks and ~6,000 dependencies for the benchmarks.
 */
@Component
class ProgramDemoData implements DemoDataContributor {

    private final ProgramSetupService setup;
    private final ProgramService programs;
    private final ProgramTeamService team;
    private final PlaybookService playbooks;
    private final PlanService plans;
    private final TaskService tasks;
    private final LargePlan largePlan;
    private final JdbcClient jdbc;

    ProgramDemoData(ProgramSetupService setup, ProgramService programs, ProgramTeamService team, PlaybookService playbooks,
                    PlanService plans, TaskService tasks, LargePlan largePlan, JdbcClient jdbc) {
        this.setup = setup;
        this.programs = programs;
        this.team = team;
        this.playbooks = playbooks;
        this.plans = plans;
        this.tasks = tasks;
        this.largePlan = largePlan;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void contribute(DemoContext context) {
        if (context.size() == DemoSize.NONE || context.id("person.coordinator") == null) {
            return;
        }
        Actor coordinator = coordinator(context);
        Program p1 = workshopSystem(context, coordinator);
        context.remember("program.p1", p1.id());
        if (context.size() == DemoSize.LARGE) {
            context.remember("program.large", largePlan.create(coordinator, context, setup, playbookId(coordinator, "P1")));
        }
    }

    /** The coordinator's own account when the access module made one, so the history names them. */
    private Actor coordinator(DemoContext context) {
        long org = context.organizationId();
        long person = context.id("person.coordinator");
        Long userId = jdbc.sql("select id from user_account where organization_id = ? and person_id = ?").params(org, person)
                .query(Long.class).optional().orElse(0L);
        String name = jdbc.sql("select full_name from person where id = ?").param(person).query(String.class).single();
        return new Actor(userId, org, person, "coordinator", name, Set.of(Role.COORDINATOR, Role.ADMIN), false, "en", "UTC");
    }

    private long playbookId(Actor actor, String code) {
        return playbooks.list(actor).stream().filter(p -> p.builtIn() && p.code().equals(code)).findFirst().orElseThrow().id();
    }

    private Program workshopSystem(DemoContext context, Actor coordinator) {
        var form = new SetupForm();
        form.setPlaybookId(playbookId(coordinator, "P1"));
        form.setName("Workshop management system");
        form.setSubject(ProgramSubject.SOFTWARE_SYSTEM);
        form.setLanguage("en");
        form.setStartDate(LocalDate.now().minusWeeks(13).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        form.setObjective("Every station plans, records and bills workshop orders in the new system; order lead time down 20 %.");
        form.setStrategy("Pilot in North station 1, then three waves by region. Heads give the green light per station; "
                + "training two weeks before each go-live; old system kept read-only for a month.");
        form.setDescription("Replaces the spreadsheets and the old order book in every station.");
        form.setUnitIds(List.of(context.id("unit.root")));
        form.setSponsorPersonId(context.id("person.ceo"));
        form.setLineOwnerPersonId(context.id("person.it"));
        form.setMemberPersonIds(List.of(context.id("person.head")));
        form.setTrainerPersonId(firstWithPosition(context.organizationId(), "HR"));
        form.setGoals(List.of(goal("Orders recorded in one system in every station", context.id("person.ceo")),
                goal("Order lead time down 20 % within six months", context.id("person.head"))));
        Program program = setup.create(coordinator, form).program();
        completeHistorically(program, List.of("planning", "training", "pilot", "infrastructure", "communication"));
        jdbc.sql("""
                update program_phase set status = 'ACCEPTED', accepted_by = ?, accepted_by_name = ?, accepted_at = now() - interval '5 days',
                       acceptance_note = 'Preparation bundle complete; pilot findings closed.'
                where program_id = ? and source_key = 'preparation'""")
                .params(coordinator.userId(), coordinator.displayName(), program.id()).update();
        jdbc.sql("""
                update program_task set status = 'IN_PROGRESS', actual_start = planned_start
                where program_id = ? and source_key in ('phased-rollout', 'monitoring')""").param(program.id()).update();
        plans.reschedule(coordinator, program.id());
        Program current = programs.find(coordinator, program.id());
        programs.advance(coordinator, program.id(), current.version());
        team.tick(coordinator, program.id(), "success-factors", "management-support", true);
        team.tick(coordinator, program.id(), "success-factors", "clear-planning", true);
        Long employee = context.id("person.employee");
        if (employee != null) {
            var feedback = new TaskForm();
            feedback.setTitle("Collect the workshop's feedback on the pilot");
            feedback.setOwnerPersonId(employee);
            feedback.setPlannedStart(LocalDate.now().minusDays(10));
            feedback.setDurationDays(3);
            feedback.setDueDate(LocalDate.now().minusDays(3));
            feedback.setCompletionCriterion("Feedback of every mechanic of the pilot workshop is written down.");
            tasks.create(coordinator, program.id(), feedback);
        }
        return program;
    }

    private static SetupForm.GoalLine goal(String statement, Long customer) {
        var g = new SetupForm.GoalLine();
        g.setStatement(statement);
        g.setInternalCustomerPersonId(customer);
        return g;
    }

    private Long firstWithPosition(long org, String code) {
        return jdbc.sql("""
                select p.id from person p join position pos on pos.id = p.position_id
                where p.organization_id = ? and pos.code = ? and p.employment_status = 'ACTIVE' order by p.id limit 1""")
                .params(org, code).query(Long.class).optional().orElse(null);
    }

    /** Past work: done on its planned dates, with a note as evidence (the services would stamp today). */
    private void completeHistorically(Program program, List<String> keys) {
        jdbc.sql("""
                update program_task set status = 'DONE', actual_start = planned_start, actual_finish = planned_finish,
                       completed_by_name = coalesce((select full_name from person where id = owner_person_id), 'Coordinator'),
                       completed_at = planned_finish + time '17:00', evidence_note = 'Done as planned; see the minutes.',
                       owner_unresolved = false
                where program_id = ? and source_key = any (?)""")
                .params(program.id(), keys.toArray(String[]::new)).update();
    }
}
