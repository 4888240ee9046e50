package org.uptake.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.uptake.shared.Actor;
import org.uptake.support.BrowserTest;
import org.uptake.support.Fixtures;

class UnitBrowserTests extends BrowserTest {

    @Test
    void signsInAndCreatesAUnitThatAppearsInTheTree() {
        Actor admin = fixtures.newOrganization();
        signIn(admin.username());
        page.navigate(baseUrl() + "/units");
        page.getByTestId("units-new").click();
        page.getByTestId("unit-form-name").fill("Service station North");
        page.getByTestId("unit-form-code").fill("SSN-" + Fixtures.next());
        page.getByTestId("unit-form-type").fill("branch");
        page.getByTestId("unit-form-save").click();
        assertThat(page.getByTestId("unit-name")).hasText("Service station North");
        page.navigate(baseUrl() + "/units");
        assertThat(page.getByTestId("units-tree")).containsText("Service station North");
    }
}
