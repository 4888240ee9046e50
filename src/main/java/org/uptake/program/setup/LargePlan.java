package org.uptake.program.setup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.program.Program;
import org.uptake.program.plan.PlanService;
import org.uptake.shared.Actor;
import org.uptake.shared.demo.DemoContext;

/**
 * The benchmark program of the large demo: 50 phases of 100 tasks (5,000), each phase a chain, each
 * phase after the previous one, plus ~1,000 links across phases — about 6,000 dependencies.
 */
@Component
class LargePlan {

    static final int PHASES = 50;
    static final int TASKS_PER_PHASE = 100;

    private final JdbcClient jdbc;
    private final PlanService plans;

    LargePlan(JdbcClient jdbc, PlanService plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    long create(Actor coordinator, DemoContext context, ProgramSetupService setup, long playbookId) {
        var form = new SetupForm();
        form.setPlaybookId(playbookId);
        form.setName("Network-wide rollout (5,000 tasks)");
        form.setLanguage("en");
        form.setStartDate(LocalDate.now().minusMonths(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        form.setObjective("Every unit of the network works in the new system.");
        form.setUnitIds(List.of(context.id("unit.root")));
        Program program = setup.create(coordinator, form).program();
        long org = coordinator.organizationId();
        long id = program.id();
        jdbc.sql("""
                insert into program_phase (organization_id, program_id, position, name)
                select ?, ?, 100 + g, 'Block ' || g from generate_series(1, ?) g""").params(org, id, PHASES).update();
        jdbc.sql("""
                insert into program_task (organization_id, program_id, phase_id, position, title, owner_person_id, planned_start,
                                          planned_finish, duration_days, completion_criterion)
                select ?, ?, ph.id, t, ph.name || ' · task ' || t, ?, ?, ?, 1 + (t % 5), 'Agreed result delivered'
                from program_phase ph cross join generate_series(1, ?) t
                where ph.program_id = ? and ph.position > 100""")
                .params(org, id, coordinator.personId(), program.startDate(), program.startDate(), TASKS_PER_PHASE, id).update();
        jdbc.sql("""
                insert into program_task_dependency (organization_id, program_id, predecessor_id, successor_id, strength, origin)
                select ?, ?, a.id, b.id, 'DEFAULT', 'USER' from program_task a join program_task b
                  on b.phase_id = a.phase_id and b.position = a.position + 1
                join program_phase ph on ph.id = a.phase_id
                where a.program_id = ? and ph.position > 100 and a.position <= ?
                on conflict do nothing""")
                .params(org, id, id, TASKS_PER_PHASE).update();
        jdbc.sql("""
                insert into program_task_dependency (organization_id, program_id, predecessor_id, successor_id, strength, origin)
                select ?, ?, a.id, b.id, 'DEFAULT', 'USER'
                from program_phase pa join program_phase pb on pb.program_id = pa.program_id and pb.position = pa.position + 1
                join program_task a on a.phase_id = pa.id join program_task b on b.phase_id = pb.id
                where pa.program_id = ? and pa.position > 100
                  and (a.position = ? and b.position = 1 or (a.position % 5 = 0 and b.position = a.position / 2 + 2))
                on conflict do nothing""")
                .params(org, id, id, TASKS_PER_PHASE).update();
        plans.reschedule(coordinator, id);
        jdbc.sql("""
                update program_task set status = 'DONE', actual_start = planned_start, actual_finish = planned_finish,
                       completed_by_name = 'Coordinator', completed_at = now(), evidence_note = 'Done'
                where program_id = ? and phase_id in (select id from program_phase where program_id = ? and position between 101 and 105)""")
                .params(id, id).update();
        return id;
    }
}
