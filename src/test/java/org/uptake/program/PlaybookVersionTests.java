package org.uptake.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;

import org.junit.jupiter.api.Test;
import org.uptake.program.playbook.Playbook;
import org.uptake.program.playbook.PlaybookEdit;
import org.uptake.program.playbook.PlaybookService;
import org.uptake.program.setup.ProgramSetupService;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.support.ProgramTest;

/** Built-in playbooks are read-only; copies are edited in drafts and published as versions; running programs keep theirs. */
class PlaybookVersionTests extends ProgramTest {

    private PlaybookEdit planningTakes(int days, int version) {
        var edit = new PlaybookEdit();
        edit.setVersion(version);
        var step = new PlaybookEdit.StepEdit();
        step.setKey("planning");
        step.setDurationDays(days);
        edit.getSteps().add(step);
        return edit;
    }

    @Test
    void aBuiltInPlaybookIsNeverEditedButItsCopyIs() {
        var w = programFixtures.world();
        PlaybookService playbooks = fixtures.bean(PlaybookService.class);
        Playbook p1 = programFixtures.builtIn(w.admin(), "P1");

        var refused = catchThrowableOfType(InvalidInputException.class, () -> playbooks.saveEdits(w.admin(), p1.id(), planningTakes(3, 0)));
        assertThat(refused.violations().getFirst().code()).isEqualTo("playbook.error.builtIn");

        Playbook copy = playbooks.copy(w.admin(), p1.id(), "P1-ours", "Our rollout");
        Playbook drafted = playbooks.saveEdits(w.admin(), copy.id(), planningTakes(3, copy.version()));
        assertThat(drafted.hasDraft()).isTrue();
        assertThat(playbooks.working(w.admin(), copy.id()).step("planning").orElseThrow().durationDays()).isEqualTo(3);
        assertThat(playbooks.latest(w.admin(), copy.id()).definition().step("planning").orElseThrow().durationDays()).isEqualTo(10);
    }

    @Test
    void editingAPlaybookNeverChangesAProgramCreatedFromIt() {
        var w = programFixtures.world();
        PlaybookService playbooks = fixtures.bean(PlaybookService.class);
        Playbook copy = playbooks.copy(w.admin(), programFixtures.builtIn(w.admin(), "P1").id(), "P1-v", null);
        var form = programFixtures.form(w, "P1");
        form.setPlaybookId(copy.id());
        Program before = fixtures.bean(ProgramSetupService.class).create(w.coordinator(), form).program();

        Playbook drafted = playbooks.saveEdits(w.admin(), copy.id(), planningTakes(3, copy.version()));
        Playbook published = playbooks.publish(w.admin(), copy.id(), drafted.version(), "Planning is shorter");

        assertThat(published.latestVersion()).isEqualTo(2);
        assertThat(before.playbookVersionNumber()).isEqualTo(1);
        assertThat(programFixtures.task(w.coordinator(), before, "planning").durationDays()).isEqualTo(10);
        form.setName("After the edit");
        Program after = fixtures.bean(ProgramSetupService.class).create(w.coordinator(), form).program();
        assertThat(after.playbookVersionNumber()).isEqualTo(2);
        assertThat(programFixtures.task(w.coordinator(), after, "planning").durationDays()).isEqualTo(3);
    }

    @Test
    void theProgramPageSaysWhenItsPlaybookHasANewerVersionAndThePlanStays() throws Exception {
        var w = programFixtures.world();
        PlaybookService playbooks = fixtures.bean(PlaybookService.class);
        Playbook copy = playbooks.copy(w.admin(), programFixtures.builtIn(w.admin(), "P1").id(), "P1-n", null);
        var form = programFixtures.form(w, "P1");
        form.setPlaybookId(copy.id());
        Program program = fixtures.bean(ProgramSetupService.class).create(w.coordinator(), form).program();
        String page = "/programs/" + program.id();
        mvc.perform(get(page).with(as(w.coordinator())))
                .andExpect(content().string(not(containsString("program-newer-playbook"))));

        Playbook drafted = playbooks.saveEdits(w.admin(), copy.id(), planningTakes(3, copy.version()));
        playbooks.publish(w.admin(), copy.id(), drafted.version(), null);

        mvc.perform(get(page).with(as(w.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("program-newer-playbook")))
                .andExpect(content().string(containsString("newer version 2; this program keeps version 1")));
        assertThat(fixtures.bean(ProgramService.class).newerPlaybookVersion(w.coordinator(), program.id())).contains(2);
        assertThat(programFixtures.task(w.coordinator(), program, "planning").durationDays()).isEqualTo(10);
    }

    @Test
    void refusesAStaleDraftAndAnEditThatBreaksTheFormat() {
        var w = programFixtures.world();
        PlaybookService playbooks = fixtures.bean(PlaybookService.class);
        Playbook copy = playbooks.copy(w.admin(), programFixtures.builtIn(w.admin(), "P1").id(), "P1-s", null);
        playbooks.saveEdits(w.admin(), copy.id(), planningTakes(4, copy.version()));

        catchThrowableOfType(StaleVersionException.class, () -> playbooks.saveEdits(w.admin(), copy.id(), planningTakes(6, copy.version())));
        Playbook current = playbooks.get(w.admin(), copy.id());
        var broken = catchThrowableOfType(InvalidInputException.class,
                () -> playbooks.saveEdits(w.admin(), copy.id(), planningTakes(9999, current.version())));

        assertThat(broken.violations().getFirst().code()).isEqualTo("playbook.error.duration");
        assertThat(playbooks.working(w.admin(), copy.id()).step("planning").orElseThrow().durationDays()).isEqualTo(4);
    }
}
