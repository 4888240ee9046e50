package org.uptake.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.uptake.rollout.checklist.ChecklistService;
import org.uptake.rollout.checklist.TemplateItem;
import org.uptake.rollout.migration.Migration;
import org.uptake.rollout.migration.MigrationForm;
import org.uptake.rollout.migration.MigrationMethod;
import org.uptake.rollout.migration.MigrationService;
import org.uptake.rollout.parallel.ParallelRun;
import org.uptake.rollout.parallel.ParallelRunService;
import org.uptake.rollout.parallel.RunForm;
import org.uptake.support.RolloutFixtures.Rollout;

/** The edit forms of data migration records, parallel runs and checklist template items: saved, stale, bad input, history. */
class RolloutPageFormTests extends RolloutTest {

    private static final String STALE = "Someone else changed this record";

    private Rollout pilot() {
        Rollout r = rollouts.rollout(1);
        rollouts.wave(r, "Pilot", true, LocalDate.now().plusDays(20), r.station(0).unit());
        return r;
    }

    private Migration migration(Rollout r) {
        return fixtures.bean(MigrationService.class).create(r.coordinator(), r.programId(),
                new MigrationForm(null, "Old CRM", MigrationMethod.TOOL, "contacts", 0));
    }

    private ParallelRun run(Rollout r) {
        long wave = rollouts.waves().list(r.coordinator(), r.programId()).get(0).id();
        return fixtures.bean(ParallelRunService.class).create(r.coordinator(), r.programId(), new RunForm(wave, null, "Order book",
                "Workshop system", LocalDate.now(), LocalDate.now().plusDays(10), null, null, 3, 0));
    }

    @Test
    void editsAMigrationRecordOnItsPageAndShowsTheChangeInItsHistory() throws Exception {
        Rollout r = pilot();
        Migration m = migration(r);
        String page = "/programs/" + r.programId() + "/rollout/migrations/" + m.id();

        mvc.perform(post(page).with(as(r.coordinator())).with(csrf()).param("sourceSystem", "Old CRM 2019")
                .param("method", "CUSTOM").param("dataSets", "contacts, deals").param("version", "0"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(page).with(as(r.coordinator()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Old CRM 2019")))
                .andExpect(content().string(containsString("sourceSystem")));
    }

    @Test
    void aStaleOrBadMigrationEditIsShownOnThePageAndChangesNothing() throws Exception {
        Rollout r = pilot();
        Migration m = migration(r);
        String page = "/programs/" + r.programId() + "/rollout/migrations/" + m.id();

        mvc.perform(post(page).with(as(r.coordinator())).with(csrf()).param("sourceSystem", "Changed")
                .param("method", "TOOL").param("version", "7"))
                .andExpect(status().isConflict()).andExpect(content().string(containsString(STALE)));
        mvc.perform(post(page).with(as(r.coordinator())).with(csrf()).param("sourceSystem", " ")
                .param("method", "TOOL").param("version", "0"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(page + "/delete").with(as(r.coordinator())).with(csrf()).param("version", "7"))
                .andExpect(status().isConflict()).andExpect(content().string(containsString(STALE)));

        Migration after = fixtures.bean(MigrationService.class).get(r.coordinator(), r.programId(), m.id());
        assertThat(after.sourceSystem()).isEqualTo("Old CRM");
        assertThat(after.version()).isEqualTo(m.version());
    }

    @Test
    void editsAParallelRunOnItsPageAndRefusesAStaleOrBadEdit() throws Exception {
        Rollout r = pilot();
        ParallelRun run = run(r);
        String page = "/programs/" + r.programId() + "/rollout/parallel-runs/" + run.id();
        String later = LocalDate.now().plusDays(20).toString();

        mvc.perform(post(page).with(as(r.coordinator())).with(csrf()).param("legacySystem", "Order book")
                .param("newSystem", "Workshop system").param("startsOn", LocalDate.now().toString()).param("endsOn", later)
                .param("matchingDays", "3").param("version", String.valueOf(run.version() + 9)))
                .andExpect(status().isConflict()).andExpect(content().string(containsString(STALE)));
        ParallelRun current = fixtures.bean(ParallelRunService.class).get(r.coordinator(), r.programId(), run.id()).run();
        mvc.perform(post(page).with(as(r.coordinator())).with(csrf()).param("legacySystem", "Order book")
                .param("newSystem", "Workshop system").param("startsOn", LocalDate.now().toString()).param("endsOn", later)
                .param("matchingDays", "0").param("version", String.valueOf(current.version())))
                .andExpect(status().isBadRequest());
        assertThat(fixtures.bean(ParallelRunService.class).get(r.coordinator(), r.programId(), run.id()).run().endsOn())
                .isEqualTo(run.endsOn());

        mvc.perform(post(page).with(as(r.coordinator())).with(csrf()).param("legacySystem", "Order book")
                .param("newSystem", "Workshop system").param("startsOn", LocalDate.now().toString()).param("endsOn", later)
                .param("matchingDays", "3").param("version", String.valueOf(current.version())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(as(r.coordinator()))).andExpect(status().isOk())
                .andExpect(content().string(containsString(later)));
    }

    @Test
    void editsAChecklistTemplateItemOnItsPageAndTheUnitsOpenItemsFollow() throws Exception {
        Rollout r = pilot();
        ChecklistService checklists = fixtures.bean(ChecklistService.class);
        TemplateItem servers = checklists.template(r.coordinator(), r.programId()).get(0);
        String page = "/programs/" + r.programId() + "/rollout/checklist-template/" + servers.id();

        mvc.perform(post(page).with(as(r.coordinator())).with(csrf()).param("title", "Servers racked and patched")
                .param("dueDaysBefore", "10").param("version", String.valueOf(servers.version() + 5)))
                .andExpect(status().isConflict()).andExpect(content().string(containsString(STALE)));
        mvc.perform(post(page).with(as(r.coordinator())).with(csrf()).param("title", "Servers racked and patched")
                .param("dueDaysBefore", "400").param("version", String.valueOf(servers.version())))
                .andExpect(status().isBadRequest());
        assertThat(checklists.templateItem(r.coordinator(), r.programId(), servers.id()).title()).isEqualTo(servers.title());

        mvc.perform(post(page).with(as(r.coordinator())).with(csrf()).param("title", "Servers racked and patched")
                .param("dueDaysBefore", "10").param("version", String.valueOf(servers.version())))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(page).with(as(r.coordinator()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Servers racked and patched")))
                .andExpect(content().string(containsString("dueDaysBefore")));
        assertThat(count("select count(*) from rollout_checklist_item where program_id = ? and title = 'Servers racked and patched'",
                r.programId())).isEqualTo(1);
    }
}
