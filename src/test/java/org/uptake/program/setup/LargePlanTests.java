package org.uptake.program.setup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.uptake.program.plan.TaskService;
import org.uptake.shared.demo.DemoContext;
import org.uptake.shared.demo.DemoSize;
import org.uptake.support.ProgramTest;

/** The large demo's program: 5,000 tasks, ~6,000 dependencies, scheduled; moving one task reschedules thousands. */
class LargePlanTests extends ProgramTest {

    @Test
    void buildsAFiveThousandTaskPlanThatReschedulesWhenATaskMoves() {
        var w = programFixtures.world();
        var context = new DemoContext(DemoSize.LARGE);
        context.organizationId(w.admin().organizationId());
        context.remember("unit.root", w.root().id());
        long program = fixtures.bean(LargePlan.class).create(w.coordinator(), context, fixtures.bean(ProgramSetupService.class),
                programFixtures.builtIn(w.admin(), "P1").id());

        long tasks = jdbc.sql("select count(*) from program_task where program_id = ?").param(program).query(Long.class).single();
        long deps = jdbc.sql("select count(*) from program_task_dependency where program_id = ?").param(program).query(Long.class).single();
        assertThat(tasks).isEqualTo(5_012);
        assertThat(deps).isBetween(5_900L, 6_100L);
        long first = jdbc.sql("""
                select t.id from program_task t join program_phase ph on ph.id = t.phase_id
                where t.program_id = ? and ph.position = 106 and t.position = 1""").param(program).query(Long.class).single();
        var service = fixtures.bean(TaskService.class);
        var task = service.get(w.coordinator(), program, first);

        var moved = service.move(w.coordinator(), program, first, task.plannedStart().plusDays(14), task.version());

        assertThat(moved.shifted()).hasSizeGreaterThan(4_000);
    }
}
