package org.uptake.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;
import static org.uptake.support.Fixtures.bearer;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.http.MediaType;
import org.uptake.competency.assessment.AssessmentService;
import org.uptake.competency.assessment.LevelsForm;
import org.uptake.competency.catalog.CompetencyKind;
import org.uptake.competency.profile.ProfileService;
import org.uptake.competency.profile.RequirementForm;
import org.uptake.competency.session.SessionRequest;
import org.uptake.competency.session.SessionRequestForm;
import org.uptake.competency.session.SessionRequestService;
import org.uptake.competency.session.TrainingSessionRequested;
import org.uptake.org.person.PersonForm;
import org.uptake.org.person.PersonService;
import org.uptake.org.unit.Unit;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.paging.PageRequest;
import org.uptake.support.CompetencyFixtures;
import org.uptake.support.IntegrationTest;

/** Unit-level needs: a session asked for everyone in a unit with a gap in one competency. */
@RecordApplicationEvents
class SessionRequestTests extends IntegrationTest {

    @Autowired
    private ApplicationEvents events;

    private CompetencyFixtures.CarService car;
    private SessionRequestService sessions;
    private Unit reception;
    private Unit other;
    private long crm;
    private long attentive;

    @BeforeEach
    void adviserWithAGapInTheCrm() {
        car = new CompetencyFixtures(fixtures).carService();
        sessions = fixtures.bean(SessionRequestService.class);
        reception = fixtures.unit(car.admin(), "Reception", null);
        other = fixtures.unit(car.admin(), "Workshop", null);
        crm = require(CompetencyKind.SKILL, "Working in the CRM", 4);
        attentive = require(CompetencyKind.PERSONAL_QUALITY, "Attentiveness", 3);
        var people = fixtures.bean(PersonService.class);
        PersonForm form = PersonForm.of(car.adviserPerson());
        form.setUnitId(reception.id());
        people.update(car.admin(), car.adviserPerson().id(), form);
        var assessments = fixtures.bean(AssessmentService.class);
        var a = assessments.start(car.admin(), car.adviserPerson().id());
        var agreed = new LevelsForm();
        agreed.setLevels(Map.of(crm, 2, attentive, 3));
        agreed.setVersion(a.version());
        assessments.agree(car.admin(), a.id(), agreed);
    }

    private long require(CompetencyKind kind, String name, int level) {
        var f = new RequirementForm();
        f.setProcessId(car.receiving().id());
        f.setKind(kind);
        f.setName(name);
        f.setRequiredLevel(level);
        return fixtures.bean(ProfileService.class).add(car.admin(), car.adviser().id(), f).competencyId();
    }

    private static SessionRequestForm form(long unitId, long competencyId) {
        var f = new SessionRequestForm();
        f.setUnitId(unitId);
        f.setCompetencyId(competencyId);
        f.setNote("Evenings suit the reception best");
        return f;
    }

    private List<SessionRequest> all() {
        return sessions.list(car.admin(), null, PageRequest.first(50)).items();
    }

    private static String code(InvalidInputException e) {
        return e.violations().getFirst().code();
    }

    @Test
    void asksForASessionForTheUnitsPeopleWithTheGapAndTellsTheTrainingModule() {
        SessionRequest r = sessions.request(car.admin(), form(reception.id(), crm));

        assertThat(r.open()).isTrue();
        assertThat(r.unitName()).isEqualTo("Reception");
        assertThat(r.competencyName()).isEqualTo("Working in the CRM");
        assertThat(r.peopleWithGap()).isEqualTo(1);
        assertThat(r.averageGap()).isEqualByComparingTo("2");
        assertThat(events.stream(TrainingSessionRequested.class)).singleElement().satisfies(e -> {
            assertThat(e.requestId()).isEqualTo(r.id());
            assertThat(e.personIds()).containsExactly(car.adviserPerson().id());
        });
        assertThat(sessions.history(car.admin(), r.id())).isNotEmpty();
    }

    @Test
    void refusesACompetencyNobodyInTheUnitLacksAndChangesNothing() {
        assertThatThrownBy(() -> sessions.request(car.admin(), form(reception.id(), attentive)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(code(e)).isEqualTo("sessions.error.noGap"));
        assertThatThrownBy(() -> sessions.request(car.admin(), form(other.id(), crm)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(code(e)).isEqualTo("sessions.error.noGap"));
        assertThat(all()).isEmpty();
    }

    @Test
    void refusesASecondOpenRequestUntilTheFirstIsWithdrawn() {
        SessionRequest first = sessions.request(car.admin(), form(reception.id(), crm));
        assertThatThrownBy(() -> sessions.request(car.admin(), form(reception.id(), crm)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(code(e)).isEqualTo("sessions.error.duplicate"));
        assertThat(all()).hasSize(1);

        assertThatThrownBy(() -> sessions.cancel(car.admin(), first.id(), first.version() + 1)).isInstanceOf(StaleVersionException.class);
        assertThat(sessions.get(car.admin(), first.id()).open()).isTrue();
        SessionRequest withdrawn = sessions.cancel(car.admin(), first.id(), first.version());
        assertThat(withdrawn.status()).isEqualTo("CANCELLED");
        assertThatThrownBy(() -> sessions.cancel(car.admin(), first.id(), withdrawn.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(code(e)).isEqualTo("sessions.error.closed"));
        assertThat(sessions.request(car.admin(), form(reception.id(), crm)).open()).isTrue();
    }

    @Test
    void unitHeadsAskOnlyForTheirSubtreeAndOtherOrganisationsRecordsAreNotFound() {
        var head = fixtures.person(car.admin(), "Head of reception", reception.id(), null);
        fixtures.makeHead(car.admin(), fixtures.unitReloaded(car.admin(), reception.id()), head.id());
        Actor receptionHead = fixtures.account(car.admin().organizationId(), head.id(), "head-" + reception.id(), Role.EMPLOYEE);
        Actor employee = fixtures.user(car.admin(), reception.id(), Role.EMPLOYEE);

        assertThat(sessions.request(receptionHead, form(reception.id(), crm)).open()).isTrue();
        assertThatThrownBy(() -> sessions.request(receptionHead, form(other.id(), crm))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> sessions.request(employee, form(reception.id(), attentive))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> sessions.list(receptionHead, null, PageRequest.first(10))).isInstanceOf(ForbiddenException.class);

        Actor stranger = fixtures.newOrganization();
        assertThatThrownBy(() -> sessions.request(stranger, form(reception.id(), crm))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sessions.request(car.admin(), form(reception.id(), -1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(code(e)).isEqualTo("sessions.error.competency"));
        assertThat(all()).hasSize(1);
    }

    @Test
    void theApiAnswersProblemJsonForBadInputAndTheListPages() throws Exception {
        String token = fixtures.token(car.admin(), "read", "write");
        mvc.perform(post("/api/v1/training-session-requests").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":" + reception.id() + "}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("competencyId"));
        mvc.perform(post("/api/v1/training-session-requests").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":" + reception.id() + ",\"competencyId\":" + attentive + "}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("sessions.error.noGap"));
        assertThat(all()).isEmpty();
        mvc.perform(post("/api/v1/training-session-requests").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":" + reception.id() + ",\"competencyId\":" + crm + "}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.peopleWithGap").value(1));
        mvc.perform(get("/api/v1/training-session-requests").param("unitId", String.valueOf(reception.id())).with(bearer(token)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].competencyName").value("Working in the CRM"));
    }

    @Test
    void theGapMatrixPageAsksForASessionAndShowsARefusalInline() throws Exception {
        mvc.perform(post("/assessments/sessions").with(as(car.admin())).with(csrf())
                        .param("unitId", String.valueOf(reception.id())).param("competencyId", String.valueOf(attentive)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("nothing to train")));
        assertThat(all()).isEmpty();
        mvc.perform(post("/assessments/sessions").with(as(car.admin())).with(csrf())
                        .param("unitId", String.valueOf(reception.id())).param("competencyId", String.valueOf(crm)))
                .andExpect(status().is3xxRedirection());
        long id = all().getFirst().id();
        mvc.perform(get("/assessments/sessions/" + id).with(as(car.admin())))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Working in the CRM")));
        mvc.perform(get("/assessments/matrix").with(as(car.admin())))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("session-request")));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor csrf() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
    }
}
