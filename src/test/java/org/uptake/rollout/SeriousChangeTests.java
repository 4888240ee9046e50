package org.uptake.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.uptake.program.plan.Completion;
import org.uptake.program.plan.Task;
import org.uptake.program.plan.TaskForm;
import org.uptake.program.plan.TaskService;
import org.uptake.program.plan.TaskStatus;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.support.RolloutFixtures.Rollout;

/** Seeds 001/004: a plan task marked "serious change" is completed only after the heads of its units gave the green light. */
class SeriousChangeTests extends RolloutTest {

    private TaskService tasks() {
        return fixtures.bean(TaskService.class);
    }

    private Rollout twoStations() {
        Rollout r = rollouts.rollout(2);
        rollouts.wave(r, "Pilot", true, LocalDate.now().plusDays(20), r.station(0).unit(), r.station(1).unit());
        return r;
    }

    private Task task(Rollout r, boolean serious) {
        var form = new TaskForm();
        form.setTitle(serious ? "Switch the depots to the new dispatch process" : "Order name badges");
        form.setOwnerPersonId(r.world().it().id());
        form.setPlannedStart(r.program().startDate());
        form.setDurationDays(2);
        form.setSeriousChange(serious);
        return tasks().create(r.coordinator(), r.programId(), form);
    }

    private Task complete(Rollout r, long taskId) {
        Task t = tasks().get(r.coordinator(), r.programId(), taskId);
        return tasks().complete(r.coordinator(), r.programId(), taskId, new Completion(true, "Switched over", null, null, null,
                t.version()));
    }

    private int completedEntries(long taskId) {
        return count("select count(*) from audit_entry where entity_id = ? and action = 'completed'", taskId);
    }

    @Test
    void refusesCompletingASeriousChangeBeforeEveryHeadGaveTheGreenLightAndChangesNothing() {
        Rollout r = twoStations();
        Task task = task(r, true);
        Task started = tasks().start(r.coordinator(), r.programId(), task.id(), task.version(), null);

        InvalidInputException none = catchThrowableOfType(InvalidInputException.class, () -> complete(r, task.id()));
        rollouts.signOff(r, r.station(0));
        InvalidInputException one = catchThrowableOfType(InvalidInputException.class, () -> complete(r, task.id()));

        assertThat(none.violations().get(0).code()).isEqualTo("rollout.error.seriousChangeNeedsGreenLight");
        assertThat(none.violations().get(0).args()).containsExactly("Depot 1, Depot 2", 2);
        assertThat(one.violations().get(0).args()).containsExactly("Depot 2", 1);
        assertThat(tasks().get(r.coordinator(), r.programId(), task.id()).status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(tasks().get(r.coordinator(), r.programId(), task.id()).version()).isEqualTo(started.version());
        assertThat(completedEntries(task.id())).isZero();
    }

    @Test
    void completesASeriousChangeOnceEveryHeadSignedOff() {
        Rollout r = twoStations();
        Task task = task(r, true);
        rollouts.signOff(r, r.station(0));
        rollouts.signOff(r, r.station(1));

        Task done = complete(r, task.id());

        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(completedEntries(task.id())).isEqualTo(1);
    }

    @Test
    void aSeriousChangeOfOneUnitAsksOnlyThatUnitsHead() {
        Rollout r = twoStations();
        Task task = task(r, true);
        jdbc.sql("update program_task set unit_id = ? where id = ?").params(r.station(1).unit().id(), task.id()).update();
        rollouts.signOff(r, r.station(1));

        assertThat(complete(r, task.id()).status()).isEqualTo(TaskStatus.DONE);
    }

    @Test
    void anOrdinaryTaskAndAProgramWithoutWavesNeedNoGreenLight() {
        Rollout r = twoStations();
        Rollout noWaves = rollouts.rollout(1);

        assertThat(complete(r, task(r, false).id()).status()).isEqualTo(TaskStatus.DONE);
        assertThat(complete(noWaves, task(noWaves, true).id()).status()).isEqualTo(TaskStatus.DONE);
    }
}
