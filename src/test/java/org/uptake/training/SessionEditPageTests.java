package org.uptake.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.TrainingFixtures.MORNING;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.Fixtures;
import org.uptake.support.RolloutFixtures.Rollout;
import org.uptake.training.course.Course;
import org.uptake.training.session.TrainingSession;

class SessionEditPageTests extends TrainingTest {

    @Test
    void theCoordinatorMovesASessionFromItsPageAndTheSequenceRises() throws Exception {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        TrainingSession s = training.session(r, c, MORNING, 10);

        String form = page(r.coordinator(), "/training/sessions/" + s.id() + "/edit");
        mvc.perform(edit(r.coordinator(), s, "start=2030-06-05T09:00&end=2030-06-05T11:00&timeZone=Europe/Berlin&place=Room+7&capacity=12&version=" + s.version()))
                .andExpect(redirectedUrl("/training/sessions/" + s.id()));

        TrainingSession after = training.sessions().get(r.coordinator(), s.id());
        assertThat(form).contains("value=\"2030-06-04T09:00\"", "data-testid=\"session-edit-form\"");
        assertThat(after.localStart().toLocalDateTime()).hasToString("2030-06-05T09:00");
        assertThat(after.place()).isEqualTo("Room 7");
        assertThat(after.capacity()).isEqualTo(12);
        assertThat(after.sequence()).isEqualTo(s.sequence() + 1);
    }

    @Test
    void anEditFromAStalePageIsRefusedAndNothingChanges() throws Exception {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        TrainingSession s = training.session(r, c, MORNING, 10);
        training.sessions().cancel(r.coordinator(), s.id(), s.version());

        String html = mvc.perform(edit(r.coordinator(), s, "start=2030-06-05T09:00&end=2030-06-05T11:00&timeZone=Europe/Berlin&version=" + s.version()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("data-testid=\"session-edit-form\"");
        assertThat(training.sessions().get(r.coordinator(), s.id()).localStart().toLocalDateTime()).isEqualTo(MORNING);
    }

    @Test
    void anEditWithoutAVersionIsAConflictNotAnOverwrite() throws Exception {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        TrainingSession s = training.session(r, c, MORNING, 10);

        String html = mvc.perform(edit(r.coordinator(), s, "start=2030-06-05T09:00&end=2030-06-05T11:00&timeZone=Europe/Berlin"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Someone else changed this record");
        assertThat(training.sessions().get(r.coordinator(), s.id()).version()).isEqualTo(s.version());
    }

    @Test
    void aCapacityBelowTheEnrolledIsRefusedInline() throws Exception {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        TrainingSession s = training.session(r, c, MORNING, 10);
        training.enrol(r, s, training.people(r, r.station(0).unit(), null, 3));
        TrainingSession enrolled = training.sessions().get(r.coordinator(), s.id());

        String html = mvc.perform(edit(r.coordinator(), s, "start=2030-06-04T09:00&end=2030-06-04T11:00&timeZone=Europe/Berlin&capacity=2&version="
                        + enrolled.version()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("class=\"alert error\"");
        assertThat(training.sessions().get(r.coordinator(), s.id()).capacity()).isEqualTo(10);
    }

    @Test
    void anEnrolledEmployeeDownloadsTheSessionForTheirCalendarAndSeesItOnTheirHomePage() throws Exception {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Entering orders", null);
        TrainingSession s = training.session(r, c, MORNING, 10);
        Actor employee = fixtures.user(r.world().admin(), r.station(0).unit().id(), Role.EMPLOYEE);
        training.enrol(r, s, List.of(employee.personId()));

        String ics = mvc.perform(get("/training/sessions/" + s.id() + "/calendar.ics").with(Fixtures.as(employee)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", "attachment; filename=\"training-session-" + s.id() + ".ics\""))
                .andReturn().getResponse().getContentAsString();
        String home = page(employee, "/");

        assertThat(ics).contains("BEGIN:VEVENT", "UID:training-session-" + s.id() + "@uptake", "SUMMARY:Entering orders");
        assertThat(home).contains("data-testid=\"panel-training\"", "Entering orders", "/training/sessions/" + s.id() + "/calendar.ics");
    }

    @Test
    void someoneNotEnrolledCannotDownloadAnotherSessionsCalendarFile() throws Exception {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        TrainingSession s = training.session(r, c, MORNING, 10);
        Actor outsider = fixtures.user(r.world().admin(), r.station(0).unit().id(), Role.EMPLOYEE);

        mvc.perform(get("/training/sessions/" + s.id() + "/calendar.ics").with(Fixtures.as(outsider))).andExpect(status().isForbidden());
        assertThat(page(outsider, "/")).doesNotContain("data-testid=\"panel-training\"");
    }

    private org.springframework.test.web.servlet.RequestBuilder edit(Actor actor, TrainingSession s, String body) {
        return post("/training/sessions/" + s.id() + "/edit").with(Fixtures.as(actor)).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("format=TRAINING&" + body);
    }

    private String page(Actor actor, String path) throws Exception {
        return mvc.perform(get(path).with(Fixtures.as(actor))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
