package org.uptake.program.demo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.program.baseline.Baseline;
import org.uptake.program.baseline.BaselineForm;
import org.uptake.program.baseline.BaselineService;
import org.uptake.program.plan.TaskService;
import org.uptake.shared.Actor;

/**
 * Baselines of the demo: the P1 program's plan as it stood when preparation was accepted, after which
 * the parallel run slipped a week (its successors with it); the large program's plan at kick-off.
 */
@Component
class DemoBaselines {

    private final BaselineService baselines;
    private final TaskService tasks;
    private final JdbcClient jdbc;

    DemoBaselines(BaselineService baselines, TaskService tasks, JdbcClient jdbc) {
        this.baselines = baselines;
        this.tasks = tasks;
        this.jdbc = jdbc;
    }

    void workshopSystem(Actor coordinator, long programId) {
        Long gate = jdbc.sql("select id from program_phase where program_id = ? and source_key = 'preparation'").param(programId)
                .query(Long.class).optional().orElse(null);
        Baseline b = baselines.save(coordinator, programId, new BaselineForm("Preparation accepted",
                "The plan the sponsor signed when the preparation gate was passed.", gate, 0));
        jdbc.sql("update program_baseline set created_at = now() - interval '5 days' where id = ?").param(b.id()).update();
        Long parallelRun = jdbc.sql("""
                select id from program_task where program_id = ? and source_key = 'parallel-run' and status = 'NOT_STARTED'
                  and repeat_scope = 'ONCE'""").param(programId).query(Long.class).optional().orElse(null);
        if (parallelRun != null) {
            var task = tasks.get(coordinator, programId, parallelRun);
            tasks.move(coordinator, programId, parallelRun, task.plannedStart().plusWeeks(1), task.version());
        }
    }

    void largeProgram(Actor coordinator, long programId) {
        baselines.save(coordinator, programId, new BaselineForm("Kick-off", "All 5,000 tasks as first scheduled.", null, 0));
    }
}
