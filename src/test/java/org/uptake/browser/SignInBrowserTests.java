package org.uptake.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.uptake.shared.Actor;
import org.uptake.support.BrowserTest;
import org.uptake.support.Fixtures;

class SignInBrowserTests extends BrowserTest {

    @Test
    void signsInAndSeesTheOrganisationHome() {
        Actor admin = fixtures.newOrganization();
        signIn(admin.username());
        assertThat(page.locator("h1")).containsText("Test organisation");
        assertThat(page.getByTestId("panel-admin")).isVisible();
    }

    @Test
    void refusesAWrongPassword() {
        Actor admin = fixtures.newOrganization();
        page.navigate(baseUrl() + "/login");
        page.fill("input[name=username]", admin.username());
        page.fill("input[name=password]", "not-" + Fixtures.PASSWORD);
        page.click("button[type=submit]");
        assertThat(page.locator(".alert.error")).isVisible();
    }

    @Test
    void switchesTheLanguageAndKeepsItForTheUser() {
        Actor admin = fixtures.newOrganization();
        signIn(admin.username());
        page.getByTestId("language-switch").selectOption("ru");
        page.waitForLoadState();
        assertThat(page.locator("html")).hasAttribute("lang", "ru");
        assertThat(page.locator("nav.mainnav")).containsText("Подразделения");
        page.navigate(baseUrl() + "/positions");
        assertThat(page.locator("html")).hasAttribute("lang", "ru");
    }
}
