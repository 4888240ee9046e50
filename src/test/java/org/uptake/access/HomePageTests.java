package org.uptake.access;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import org.uptake.org.unit.Unit;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.IntegrationTest;

/** Each role's home page answers its first question. */
class HomePageTests extends IntegrationTest {

    @Test
    void showsTheAdminTheOrganisationAccountsAndAdministration() throws Exception {
        Actor admin = fixtures.newOrganization();
        fixtures.person(admin, "Without account", null, null);
        home(admin).andExpect(content().string(containsString("data-testid=\"panel-organization\"")))
                .andExpect(content().string(containsString("data-testid=\"panel-accounts\"")))
                .andExpect(content().string(containsString("People without an account: 1")))
                .andExpect(content().string(containsString("data-testid=\"panel-admin\"")));
    }

    @Test
    void showsTheCoordinatorTheOrganisationAndProgramsButNoAdministration() throws Exception {
        Actor coordinator = fixtures.user(fixtures.newOrganization(), null, Role.COORDINATOR);
        home(coordinator).andExpect(content().string(containsString("data-testid=\"panel-programs\"")))
                .andExpect(content().string(containsString("data-testid=\"panel-organization\"")))
                .andExpect(content().string(not(containsString("data-testid=\"panel-accounts\""))))
                .andExpect(content().string(not(containsString("data-testid=\"panel-admin\""))));
    }

    @Test
    void showsTheUnitHeadTheirUnitsWithHeadCounts() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit unit = fixtures.unit(admin, "Service station 7", null);
        Unit team = fixtures.unit(admin, "Workshop", unit.id());
        fixtures.person(admin, "Mechanic", team.id(), null);
        Actor head = fixtures.user(admin, unit.id(), Role.EMPLOYEE);
        fixtures.makeHead(admin, unit, head.personId());
        home(head).andExpect(content().string(containsString("data-testid=\"panel-unit\"")))
                .andExpect(content().string(containsString("Service station 7")))
                .andExpect(content().string(containsString("People: 2")))
                .andExpect(content().string(not(containsString("data-testid=\"panel-organization\""))));
    }

    @Test
    void showsTheEmployeeWhatItMeansForThemAndNothingOfTheWholeOrganisation() throws Exception {
        Actor employee = fixtures.user(fixtures.newOrganization(), null, Role.EMPLOYEE);
        home(employee).andExpect(content().string(containsString("data-testid=\"panel-me\"")))
                .andExpect(content().string(containsString("href=\"/profile\"")))
                .andExpect(content().string(not(containsString("data-testid=\"panel-organization\""))))
                .andExpect(content().string(not(containsString("data-testid=\"panel-unit\""))));
    }

    @Test
    void showsTheViewerTheOrganisationOnly() throws Exception {
        Actor viewer = fixtures.user(fixtures.newOrganization(), null, Role.VIEWER);
        home(viewer).andExpect(content().string(containsString("data-testid=\"panel-organization\"")))
                .andExpect(content().string(not(containsString("data-testid=\"panel-admin\""))))
                .andExpect(content().string(not(containsString("data-testid=\"panel-programs\""))));
    }

    private ResultActions home(Actor actor) throws Exception {
        return mvc.perform(get("/").with(as(actor))).andExpect(status().isOk());
    }
}
