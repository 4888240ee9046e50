package org.uptake.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.uptake.program.plan.Completion;
import org.uptake.program.plan.Phase;
import org.uptake.program.plan.PhaseService;
import org.uptake.program.plan.PhaseStatus;
import org.uptake.program.plan.Task;
import org.uptake.program.plan.TaskService;
import org.uptake.shared.Role;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.support.ProgramTest;

/** A stage closes only when its tasks meet their criteria; the coordinator or sponsor accepts it; who and when are kept. */
class PhaseAcceptanceTests extends ProgramTest {

    private Phase preparation(Program p, org.uptake.shared.Actor actor) {
        return fixtures.bean(PhaseService.class).list(actor, p.id()).getFirst();
    }

    private void completeAll(org.uptake.shared.Actor actor, Program p, List<String> keys) {
        TaskService tasks = fixtures.bean(TaskService.class);
        for (String key : keys) {
            Task t = programFixtures.task(actor, p, key);
            tasks.complete(actor, p.id(), t.id(), new Completion(true, "Done", null, null, null, t.version()));
        }
    }

    @Test
    void refusesClosingAStageWithOpenTasksOrAnUnconfirmedGateAndChangesNothing() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        PhaseService phases = fixtures.bean(PhaseService.class);
        Phase phase = preparation(p, w.coordinator());

        var refused = catchThrowableOfType(InvalidInputException.class,
                () -> phases.requestAcceptance(w.coordinator(), p.id(), phase.id(), null, false, phase.version()));

        assertThat(refused.violations()).extracting(v -> v.code()).containsExactlyInAnyOrder("phase.error.openTasks",
                "phase.error.gateNotConfirmed");
        assertThat(refused.violations().getFirst().args().getFirst().toString()).contains("1.1 Planning");
        Phase after = preparation(p, w.coordinator());
        assertThat(after.status()).isEqualTo(PhaseStatus.OPEN);
        assertThat(after.version()).isEqualTo(phase.version());
    }

    @Test
    void theSponsorAcceptsAStageWhoseTasksAreDoneAndWhoAndWhenAreRecorded() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        completeAll(w.coordinator(), p, List.of("planning", "training", "pilot", "infrastructure", "communication"));
        var sponsor = fixtures.account(w.admin().organizationId(), w.sponsor().id(), "sponsor-" + p.id(), Role.EMPLOYEE);
        Phase phase = preparation(p, w.coordinator());

        Phase accepted = fixtures.bean(PhaseService.class).requestAcceptance(sponsor, p.id(), phase.id(), "Ready", true, phase.version());

        assertThat(accepted.status()).isEqualTo(PhaseStatus.ACCEPTED);
        assertThat(accepted.acceptedByName()).isEqualTo(sponsor.displayName());
        assertThat(accepted.acceptedAt()).isNotNull();
    }

    @Test
    void aMemberWhoIsNeitherCoordinatorNorSponsorCannotAcceptAStage() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        var trainer = fixtures.account(w.admin().organizationId(), w.trainer().id(), "trainer-" + p.id(), Role.EMPLOYEE);
        Phase phase = preparation(p, w.coordinator());

        catchThrowableOfType(ForbiddenException.class, () -> fixtures.bean(PhaseService.class)
                .requestAcceptance(trainer, p.id(), phase.id(), null, true, phase.version()));
        assertThat(preparation(p, w.coordinator()).status()).isEqualTo(PhaseStatus.OPEN);
    }

    @Test
    void refusesAcceptingAHardOrderedStageBeforeTheStageBeforeIt() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P3");
        PhaseService phases = fixtures.bean(PhaseService.class);
        Phase concept = phases.list(w.coordinator(), p.id()).get(1);
        TaskService tasks = fixtures.bean(TaskService.class);
        for (Task t : List.of(programFixtures.task(w.coordinator(), p, "concept-processes"))) {
            tasks.cancel(w.coordinator(), p.id(), t.id(), "Not needed in the test", t.version());
        }
        for (String key : List.of("concept-descriptions", "concept-map", "concept-centres", "concept-functions")) {
            Task t = programFixtures.task(w.coordinator(), p, key);
            tasks.cancel(w.coordinator(), p.id(), t.id(), "Not needed in the test", t.version());
        }

        var refused = catchThrowableOfType(InvalidInputException.class,
                () -> phases.requestAcceptance(w.coordinator(), p.id(), concept.id(), null, true, concept.version()));
        assertThat(refused.violations()).extracting(v -> v.code()).containsExactly("phase.error.hardOrder");
        assertThat(phases.get(w.coordinator(), p.id(), concept.id()).status()).isEqualTo(PhaseStatus.OPEN);
    }
}
