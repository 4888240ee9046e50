package org.uptake.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.TrainingFixtures.MORNING;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.support.Fixtures;
import org.uptake.support.RolloutFixtures.Rollout;
import org.uptake.training.course.Course;
import org.uptake.training.session.TrainingSession;

class TrainingPageTests extends TrainingTest {

    @Test
    void theTabShowsCoverageCoursesSessionsAndCompletion() throws Exception {
        Rollout r = training.rollout(1);
        training.courses().saveAspects(r.coordinator(), r.programId(), List.of("Data entry", "Billing"));
        Course c = training.course(r, "Entering orders", null);
        training.session(r, c, MORNING, 10);

        String html = mvc.perform(get("/programs/" + r.programId() + "/training").with(Fixtures.as(r.coordinator())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Entering orders", "No course covers: Billing", "2030-06-04 09:00 Europe/Berlin");
    }

    @Test
    void aSessionAtATimeTheClockSkipsIsRefusedInlineAndNothingIsStored() throws Exception {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);

        String html = mvc.perform(post("/programs/" + r.programId() + "/training/sessions").with(Fixtures.as(r.coordinator())).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("courseId=" + c.id() + "&format=TRAINING&start=2030-03-31T02:30&end=2030-03-31T04:00&timeZone=Europe/Berlin"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("does not exist in Europe/Berlin");
        assertThat(count("select count(*) from training_session where course_id = ?", c.id())).isZero();
    }

    @Test
    void aCourseWithoutTitleOrDurationIsRefusedInline() throws Exception {
        Rollout r = training.rollout(1);

        String html = mvc.perform(post("/programs/" + r.programId() + "/training/courses").with(Fixtures.as(r.coordinator())).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("title=&durationMinutes="))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Check the field");
        assertThat(training.courses().list(r.coordinator(), r.programId())).isEmpty();
    }

    @Test
    void bulkAttendanceFromThePageMarksOnlyTheChosenRows() throws Exception {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", 70);
        TrainingSession s = training.session(r, c, MORNING, 10);
        List<Long> people = training.people(r, r.station(0).unit(), null, 3);
        training.enrol(r, s, people);

        mvc.perform(post("/training/sessions/" + s.id() + "/attendance").with(Fixtures.as(r.coordinator())).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("personId=" + people.get(0) + "&attendance=ATTENDED&score=90&personId=" + people.get(1)
                                + "&attendance=NO_SHOW&score=&personId=" + people.get(2) + "&attendance=&score="))
                .andExpect(status().is3xxRedirection());

        assertThat(count("select count(*) from training_enrolment where session_id = ? and attendance is not null", s.id())).isEqualTo(2);
        assertThat(count("select score from training_enrolment where session_id = ? and person_id = ?", s.id(), people.get(0))).isEqualTo(90);
    }

    @Test
    void aScoreThatIsNotANumberIsRefusedInlineAndNothingIsMarked() throws Exception {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", 70);
        TrainingSession s = training.session(r, c, MORNING, 10);
        List<Long> people = training.people(r, r.station(0).unit(), null, 1);
        training.enrol(r, s, people);

        String html = mvc.perform(post("/training/sessions/" + s.id() + "/attendance").with(Fixtures.as(r.coordinator())).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("personId=" + people.get(0) + "&attendance=ATTENDED&score=ninety"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("ninety");
        assertThat(count("select count(*) from training_enrolment where session_id = ? and attendance is not null", s.id())).isZero();
    }
}
