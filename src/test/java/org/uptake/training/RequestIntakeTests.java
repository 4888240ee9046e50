package org.uptake.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.TrainingFixtures.MORNING;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.competency.session.SessionRequest;
import org.uptake.competency.session.SessionRequestForm;
import org.uptake.competency.session.SessionRequestService;
import org.uptake.org.position.Position;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.support.Fixtures;
import org.uptake.support.RolloutFixtures.Rollout;
import org.uptake.training.course.Course;
import org.uptake.training.enrolment.EnrolmentResult;
import org.uptake.training.enrolment.RequestIntakeService;
import org.uptake.training.session.TrainingSession;

/** A unit's request for one session in a competency (from the gap matrix) is answered by enrolling the people with the gap. */
class RequestIntakeTests extends TrainingTest {

    @Test
    void schedulingARequestEnrolsEveryoneWhoStillHasTheGapAndClosesTheRequest() throws Exception {
        Rollout r = training.rollout(1);
        List<Long> people = training.people(r, r.station(0).unit(), null, 3);
        SessionRequest request = requestWithGaps(r, people.subList(0, 2), people.get(2));
        TrainingSession s = training.session(r, training.course(r, "CRM basics", null), MORNING, 10);

        String html = mvc.perform(post("/training/sessions/" + s.id() + "/from-request").with(Fixtures.as(r.coordinator())).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("requestId=" + request.id() + "&version=" + request.version()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("data-testid=\"enrol-result\"");
        assertThat(count("select count(*) from training_enrolment where session_id = ? and status = 'ENROLLED'", s.id())).isEqualTo(2);
        assertThat(count("select count(*) from training_enrolment where session_id = ? and person_id = ?", s.id(), people.get(2))).isZero();
        SessionRequest after = requests().get(r.coordinator(), request.id());
        assertThat(after.status()).isEqualTo("SCHEDULED");
        assertThat(after.sessionRef()).isEqualTo("training-session-" + s.id());
        assertThat(intake().open(r.coordinator())).extracting(SessionRequest::id).doesNotContain(request.id());
    }

    @Test
    void theSessionPageOffersOpenRequestsToTheCoordinator() throws Exception {
        Rollout r = training.rollout(1);
        SessionRequest request = requestWithGaps(r, training.people(r, r.station(0).unit(), null, 1), null);
        TrainingSession s = training.session(r, training.course(r, "CRM basics", null), MORNING, 10);

        String html = mvc.perform(get("/training/sessions/" + s.id()).with(Fixtures.as(r.coordinator())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("data-testid=\"request-enrol-" + request.id() + "\"", "Working in the CRM");
    }

    @Test
    void aStaleRequestEnrolsNobody() {
        Rollout r = training.rollout(1);
        SessionRequest request = requestWithGaps(r, training.people(r, r.station(0).unit(), null, 2), null);
        TrainingSession s = training.session(r, training.course(r, "CRM basics", null), MORNING, 10);

        assertThatThrownBy(() -> intake().schedule(r.coordinator(), s.id(), request.id(), request.version() + 1))
                .isInstanceOf(StaleVersionException.class);
        assertThat(count("select count(*) from training_enrolment where session_id = ?", s.id())).isZero();
        assertThat(requests().get(r.coordinator(), request.id()).status()).isEqualTo("REQUESTED");
    }

    @Test
    void aRequestWhoseGapsAreClosedIsRefusedAndNothingChanges() {
        Rollout r = training.rollout(1);
        List<Long> people = training.people(r, r.station(0).unit(), null, 1);
        SessionRequest request = requestWithGaps(r, people, null);
        jdbc.sql("update assessment_item set agreed_level = required_level where organization_id = ?").param(r.world().admin().organizationId()).update();
        TrainingSession s = training.session(r, training.course(r, "CRM basics", null), MORNING, 10);

        assertThat(refusal(() -> intake().schedule(r.coordinator(), s.id(), request.id(), request.version())))
                .isEqualTo("training.error.noGapLeft");
        assertThat(requests().get(r.coordinator(), request.id()).status()).isEqualTo("REQUESTED");
    }

    /** An agreed assessment per person: gap 2 in "Working in the CRM" for {@code withGap}, none for {@code without}. */
    private SessionRequest requestWithGaps(Rollout r, List<Long> withGap, Long without) {
        long org = r.world().admin().organizationId();
        Position position = training.position(r, "Adviser");
        long competency = jdbc.sql("insert into competency (organization_id, kind, name) values (?, 'SKILL', 'Working in the CRM') returning id")
                .param(org).query(Long.class).single();
        for (Long person : withGap) {
            assess(org, person, position.id(), competency, 2);
        }
        if (without != null) {
            assess(org, without, position.id(), competency, 4);
        }
        var form = new SessionRequestForm();
        form.setUnitId(r.station(0).unit().id());
        form.setCompetencyId(competency);
        return requests().request(r.coordinator(), form);
    }

    private void assess(long org, long person, long position, long competency, int agreed) {
        long assessment = jdbc.sql("""
                insert into assessment (organization_id, person_id, position_id, status, latest, created_by_name, agreed_at)
                values (?, ?, ?, 'AGREED', true, 'test', now()) returning id""").params(org, person, position).query(Long.class).single();
        jdbc.sql("insert into assessment_item (organization_id, assessment_id, competency_id, required_level, agreed_level) values (?, ?, ?, 4, ?)")
                .params(org, assessment, competency, agreed).update();
    }

    private SessionRequestService requests() {
        return fixtures.bean(SessionRequestService.class);
    }

    private RequestIntakeService intake() {
        return fixtures.bean(RequestIntakeService.class);
    }
}
