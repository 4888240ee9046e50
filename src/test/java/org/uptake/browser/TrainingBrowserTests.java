package org.uptake.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uptake.org.position.Position;
import org.uptake.rollout.readiness.CriterionKind;
import org.uptake.rollout.readiness.ReadinessService;
import org.uptake.rollout.wave.Wave;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.BrowserTest;
import org.uptake.support.CalendarMail;
import org.uptake.support.RolloutFixtures.Rollout;
import org.uptake.support.TestMail;
import org.uptake.support.TrainingFixtures;

/**
 * The training scenario of issue 5 in the browser: the coordinator plans a course and a session for
 * wave 1, enrols the wave's 500 cashiers, sends invitations (a valid iCal event arrives), marks
 * attendance and sees completion, which the readiness gate reads; an employee finds the training
 * under "My trainings" and subscribes to their calendar feed.
 */
class TrainingBrowserTests extends BrowserTest {

    @Test
    void aCoordinatorTrainsWaveOneAndTheGateSeesTheCompletion() throws Exception {
        TrainingFixtures training = new TrainingFixtures(fixtures);
        Rollout r = training.rollout(1);
        Position cashier = training.position(r, "Cashier");
        Wave wave = training.wave(r, "Wave 1", r.station(0).unit());
        List<Long> people = training.people(r, r.station(0).unit(), cashier, 500);

        signIn(r.coordinator().username());
        page.navigate(baseUrl() + "/programs/" + r.programId() + "/training");
        page.getByTestId("course-title").fill("Entering orders");
        page.getByTestId("course-aspects").fill("Data entry");
        page.getByTestId("course-positions").selectOption(String.valueOf(cashier.id()));
        page.getByTestId("course-add").click();
        assertThat(page.getByTestId("course-name")).hasText("Entering orders");

        page.navigate(baseUrl() + "/programs/" + r.programId() + "/training");
        page.getByTestId("session-start").fill("2030-06-04T09:00");
        page.getByTestId("session-end").fill("2030-06-04T12:00");
        page.getByTestId("session-zone").fill("Europe/Berlin");
        page.getByTestId("session-place").fill("Training centre");
        page.getByTestId("session-capacity").fill("600");
        page.getByTestId("session-add").click();
        assertThat(page.getByTestId("session-when")).containsText("2030-06-04 09:00–12:00 (Europe/Berlin)");

        page.getByTestId("enrol-wave").selectOption(String.valueOf(wave.id()));
        page.getByTestId("enrol-positions").selectOption(String.valueOf(cashier.id()));
        page.getByTestId("enrol-submit").click();
        assertThat(page.getByTestId("enrol-result")).containsText("500 enrolled");

        page.getByTestId("invite-send").click();
        assertThat(page.getByTestId("invitation-runs")).isVisible();
        String email = jdbc.sql("select email from person where id = ?").param(people.get(0)).query(String.class).single();
        String ics = CalendarMail.ics(TestMail.awaitFor(email).get(0));
        assertThat(CalendarMail.property(ics, "METHOD")).isEqualTo("REQUEST");
        assertThat(CalendarMail.property(ics, "DTSTART")).isEqualTo("20300604T070000Z");

        for (Long p : people.subList(0, 3)) {
            page.getByTestId("attendance-" + p).selectOption("ATTENDED");
        }
        page.getByTestId("attendance-save").click();
        assertThat(page.getByTestId("attendance-" + people.get(0))).hasValue("ATTENDED");
        assertThat(page.getByTestId("attendance-" + people.get(3))).hasValue("");

        page.navigate(baseUrl() + "/programs/" + r.programId() + "/training");
        assertThat(page.getByTestId("training-completion-total")).containsText("3 of 500");
        var gate = fixtures.bean(ReadinessService.class).board(r.coordinator(), r.programId(), wave.id()).get(0)
                .result(CriterionKind.TRAINING);
        assertThat(gate.value()).isEqualByComparingTo(new BigDecimal("0.6"));
        assertThat(gate.manual()).isFalse();
        page.navigate(baseUrl() + "/programs/" + r.programId() + "/readiness");
        assertThat(page.getByTestId("row-Depot 1")).containsText("0.6");
        assertThat(page.getByTestId("row-Depot 1")).containsText("training completion");

        Actor employee = fixtures.account(r.world().admin().organizationId(), people.get(0), "cashier-" + people.get(0), Role.EMPLOYEE);
        page.context().clearCookies();
        signIn(employee.username());
        page.navigate(baseUrl() + "/training/mine");
        assertThat(page.getByTestId("my-sessions")).containsText("Entering orders");
        page.getByTestId("feed-renew").click();
        assertThat(page.getByTestId("feed-url")).containsText("/training/calendar/");
    }
}
