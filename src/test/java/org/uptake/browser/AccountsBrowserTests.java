package org.uptake.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.uptake.org.person.Person;
import org.uptake.org.unit.Unit;
import org.uptake.shared.Actor;
import org.uptake.support.BrowserTest;
import org.uptake.support.TestMail;

class AccountsBrowserTests extends BrowserTest {

    private static final String CHOSEN_PASSWORD = "green-tram-at-dawn";

    @Test
    void adminInvitesAUnitAndTheInvitedPersonSetsAPasswordFromTheMailAndSignsIn() {
        Actor admin = fixtures.newOrganization();
        Unit unit = fixtures.unit(admin, "Pilot station", null);
        Person person = fixtures.person(admin, "Petra Pilot", unit.id(), null);
        fixtures.person(admin, "Paul Pilot", unit.id(), null);
        signIn(admin.username());

        page.navigate(baseUrl() + "/admin/accounts");
        page.getByTestId("accounts-bulk").click();
        htmxReady();
        page.getByTestId("accounts-bulk-unit-search").fill("Pilot");
        page.getByTestId("pick-unit-" + unit.id()).click();
        assertThat(page.getByTestId("accounts-bulk-count")).containsText("2");
        page.getByTestId("accounts-bulk-submit").click();
        assertThat(page.getByTestId("flash-message")).containsText("2");
        assertThat(page.getByTestId("account-row-" + person.id())).containsText("Invited");

        String link = TestMail.linkPath(TestMail.awaitFor(person.email()).getFirst(), "/invitation/");
        page.context().clearCookies();
        page.navigate(baseUrl() + link);
        page.getByTestId("password-new").fill(CHOSEN_PASSWORD);
        page.getByTestId("password-confirm").fill(CHOSEN_PASSWORD);
        page.getByTestId("password-submit").click();
        assertThat(page.locator(".alert.ok")).isVisible();

        page.fill("input[name=username]", person.email());
        page.fill("input[name=password]", CHOSEN_PASSWORD);
        page.click("button[type=submit]");
        page.waitForURL(baseUrl() + "/");
        assertThat(page.getByTestId("profile-link")).hasText("Petra Pilot");
        assertThat(page.getByTestId("panel-me")).isVisible();
    }

    @Test
    void createsAnApiTokenOnTheProfileAndShowsItOnce() {
        Actor admin = fixtures.newOrganization();
        signIn(admin.username());
        page.getByTestId("profile-link").click();
        page.getByTestId("token-name").fill("Nightly export");
        page.getByTestId("token-scope-write").check();
        page.getByTestId("token-days").fill("30");
        page.getByTestId("token-create").click();
        String secret = page.getByTestId("token-secret").textContent().strip();
        assertThat(secret).startsWith("upt_");
        assertThat(page.getByTestId("token-table")).containsText("Nightly export");
        page.navigate(baseUrl() + "/profile");
        assertThat(page.getByTestId("token-table")).containsText("read, write");
        assertThat(page.content()).doesNotContain(secret);
    }
}
