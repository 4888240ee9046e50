package org.uptake.engagement.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.uptake.org.position.Position;
import org.uptake.shared.Actor;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.support.IntegrationTest;
import org.uptake.support.SurveyFixtures;

class RoleChangeTests extends IntegrationTest {

    private SurveyFixtures surveys;

    @BeforeEach
    void setUp() {
        surveys = new SurveyFixtures(fixtures);
    }

    private RoleChangeService changes() {
        return fixtures.bean(RoleChangeService.class);
    }

    @Test
    void publishesNumberedVersionsAndPeopleReadTheLatestInTheirLanguage() {
        var w = surveys.world(0);
        Position driver = fixtures.position(w.admin(), "Driver");
        RoleChange en = changes().save(w.coordinator(), w.programId(), new RoleChangeForm(driver.id(), "en", "Routes come from the tablet.", 0));
        en = changes().publish(w.coordinator(), w.programId(), en.id(), en.version());
        en = changes().save(w.coordinator(), w.programId(), new RoleChangeForm(driver.id(), "en", "Routes and orders come from the tablet.", en.version()));
        en = changes().publish(w.coordinator(), w.programId(), en.id(), en.version());
        RoleChange ru = changes().save(w.coordinator(), w.programId(), new RoleChangeForm(driver.id(), "ru", "Маршруты приходят на планшет.", 0));
        changes().publish(w.coordinator(), w.programId(), ru.id(), ru.version());
        Actor english = surveys.employee(w, 0, driver, "en");
        Actor russian = surveys.employee(w, 0, driver, "ru");
        Actor german = surveys.employee(w, 0, driver, "de");

        assertThat(en.publishedNumber()).isEqualTo(2);
        assertThat(changes().versions(w.coordinator(), w.programId(), en.id())).extracting(RoleChangeVersion::number).containsExactly(2, 1);
        assertThat(changes().mine(english)).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("Routes and orders come from the tablet."));
        assertThat(changes().mine(russian)).singleElement().satisfies(m -> assertThat(m.language()).isEqualTo("ru"));
        assertThat(changes().mine(german)).singleElement().satisfies(m -> assertThat(m.language()).isEqualTo("en"));
    }

    @Test
    void aDraftIsNotReadUntilPublished() {
        var w = surveys.world(0);
        Position driver = fixtures.position(w.admin(), "Driver");
        changes().save(w.coordinator(), w.programId(), new RoleChangeForm(driver.id(), "en", "Draft only", 0));

        assertThat(changes().mine(surveys.employee(w, 0, driver, "en"))).isEmpty();
    }

    @Test
    void refusesStaleDraftsForeignPositionsAndNonEditorsAndChangesNothing() {
        var w = surveys.world(1);
        Position driver = fixtures.position(w.admin(), "Driver");
        RoleChange c = changes().save(w.coordinator(), w.programId(), new RoleChangeForm(driver.id(), "en", "First", 0));
        changes().save(w.coordinator(), w.programId(), new RoleChangeForm(driver.id(), "en", "Second", c.version()));
        var other = surveys.world(0);
        Position foreign = fixtures.position(other.admin(), "Foreign");

        assertThatThrownBy(() -> changes().save(w.coordinator(), w.programId(), new RoleChangeForm(driver.id(), "en", "Stale", c.version())))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> changes().save(w.coordinator(), w.programId(), new RoleChangeForm(foreign.id(), "en", "X", 0)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> changes().save(w.staff().get(0).get(0), w.programId(), new RoleChangeForm(driver.id(), "en", "X", 0)))
                .isInstanceOf(ForbiddenException.class);

        assertThat(changes().list(w.coordinator(), w.programId())).singleElement()
                .satisfies(r -> assertThat(r.draft()).isEqualTo("Second"));
    }

    @Test
    void theEmployeesHomePageShowsGoLiveWhyTheirRoleTextAndOpenSurveys() throws Exception {
        var w = surveys.world(1);
        Position driver = fixtures.position(w.admin(), "Driver");
        RoleChange c = changes().save(w.coordinator(), w.programId(), new RoleChangeForm(driver.id(), "en", "You plan routes on the tablet.", 0));
        changes().publish(w.coordinator(), w.programId(), c.id(), c.version());
        Actor employee = surveys.employee(w, 0, driver, "en");
        surveys.opened(w, true);

        mvc.perform(get("/").with(as(employee)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("goes live on " + w.wave().plannedGoLive())))
                .andExpect(content().string(Matchers.containsString("You plan routes on the tablet.")))
                .andExpect(content().string(Matchers.containsString("Ready for go-live?")))
                .andExpect(content().string(Matchers.containsString("How to get help")));
    }
}
