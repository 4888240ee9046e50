package org.uptake.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.uptake.org.position.Position;
import org.uptake.shared.Actor;
import org.uptake.support.BrowserTest;

/**
 * The seed's worked example (seed 002 lines 248-340) reproduced by a new user in the browser: the car
 * service's process "Receiving a car from a client", its specification filled in the seed's order —
 * clients, goals, results, indicators, resources, executors — executed by the service adviser and
 * owned by the head of the car service, and then seen on the process map.
 */
class ProcessWorkedExampleBrowserTests extends BrowserTest {

    private Locator form(String testId) {
        return page.getByTestId(testId);
    }

    private void addClient(String name, String kind, String needs) {
        Locator f = form("add-client");
        f.getByTestId("client-name").fill(name);
        f.getByTestId("client-kind").selectOption(kind);
        f.getByTestId("client-needs").fill(needs);
        f.getByTestId("add-client-submit").click();
        assertThat(page.getByTestId("clients")).containsText(name);
    }

    private void addGoal(int client, String text) {
        Locator f = form("add-goal");
        f.getByTestId("goal-client").selectOption(new SelectOption().setIndex(client));
        f.getByTestId("goal-text").fill(text);
        f.getByTestId("add-goal-submit").click();
        assertThat(page.locator("#goals")).containsText(text);
    }

    private void addResult(String text) {
        form("add-result").getByTestId("result-text").fill(text);
        form("add-result").getByTestId("add-result-submit").click();
        assertThat(page.getByTestId("results")).containsText(text);
    }

    private void addIndicator(int goal, String name, String methods) {
        Locator f = form("add-indicator");
        f.getByTestId("indicator-goal").selectOption(new SelectOption().setIndex(goal));
        f.getByTestId("indicator-name").fill(name);
        f.getByTestId("indicator-methods").fill(methods);
        f.getByTestId("add-indicator-submit").click();
        assertThat(page.getByTestId("indicators")).containsText(name);
    }

    private void addResource(String name, String kind, String supplier) {
        Locator f = form("add-resource");
        f.getByTestId("resource-name").fill(name);
        f.getByTestId("resource-kind").selectOption(kind);
        f.getByTestId("resource-new-supplier").fill(supplier);
        f.getByTestId("add-resource-submit").click();
        assertThat(page.getByTestId("resources")).containsText(name);
    }

    @Test
    void aNewUserSpecifiesReceivingACarFromAClientInTheSeedsOrderAndSeesItOnTheMap() {
        Actor admin = fixtures.newOrganization();
        Position adviser = fixtures.position(admin, "Service adviser");
        Position head = fixtures.position(admin, "Head of the car service");
        signIn(admin.username());

        page.navigate(baseUrl() + "/processes");
        page.getByTestId("process-new").click();
        page.getByTestId("process-form-name").fill("Car service");
        page.getByTestId("process-form-save").click();
        assertThat(page.getByTestId("process-name")).hasText("Car service");

        page.getByTestId("process-new-child").click();
        htmxReady();
        page.getByTestId("process-form-name").fill("Receiving a car from a client");
        page.getByTestId("process-form-description").fill("The service adviser listens to the client, determines the work needed, "
                + "draws up the work order and obtains the client's agreement to the work, the price and the deadline. "
                + "After this the service adviser inspects the car, draws up the defect card, takes the key and hands the client a receipt.");
        page.getByTestId("process-form-owner-search").fill("Head of");
        page.getByTestId("pick-position-" + head.id()).click();
        page.getByTestId("process-form-benefit").fill("A flow of clients and the revenue from serving them.");
        page.getByTestId("process-form-content").fill("Listening, the work order, agreement, inspection, defect card, key and receipt.");
        page.getByTestId("process-form-save").click();
        assertThat(page.getByTestId("process-name")).hasText("Receiving a car from a client");
        assertThat(page.getByTestId("process-owner")).hasText("Head of the car service");
        htmxReady();

        // Clients first: until there is one, goals wait; indicators wait for goals and results.
        assertThat(page.getByTestId("goals-wait")).isVisible();
        assertThat(page.getByTestId("indicators-wait")).isVisible();
        addClient("Car owner", "EXTERNAL", "The problem solved in an acceptable time at an acceptable price");
        addClient("Mechanic", "INTERNAL", "An understandable, executable work order with agreed deadlines");
        addClient("The company", "COMPANY", "A flow of clients and revenue");

        addGoal(0, "The client moves from worry to confidence and good spirits");
        addGoal(1, "The work reaches the mechanic precisely and without errors");
        addGoal(2, "Revenue from services, including additional services of value to the client");
        assertThat(page.getByTestId("indicators-wait")).isVisible();

        addResult("Work order");
        addResult("Defect card");
        addResult("Receipt for the car");
        assertThat(page.getByTestId("indicators-wait")).isHidden();

        addIndicator(0, "Client satisfaction with the service",
                "Direct phone survey of clients\nNumber of complaints\nNumber of thanks");
        addIndicator(1, "Shop foreman's satisfaction with the work order", "Rating by absence of errors, details, deadlines");
        addIndicator(2, "Average ticket", "Sum of orders ÷ number of orders");

        addResource("Client booking for a visit", "CONSUMABLE", "Service dispatcher");
        addResource("Computer and software", "RENEWABLE", "IT service");
        assertThat(page.getByTestId("suppliers")).containsText("Service dispatcher");

        Locator executor = form("add-executor");
        executor.getByTestId("executor-position-search").fill("Service");
        page.getByTestId("pick-position-" + adviser.id()).click();
        executor.getByTestId("executor-functions").fill("Listens to the client, draws up the work order, inspects the car.");
        executor.getByTestId("add-executor-submit").click();
        assertThat(page.getByTestId("executors")).containsText("Service adviser");

        assertThat(page.locator("[data-check=clients]")).hasAttribute("data-passed", "true");
        assertThat(page.locator("[data-check=owner]")).hasAttribute("data-passed", "true");
        assertThat(page.locator("[data-check=description]")).hasAttribute("data-passed", "true");
        assertThat(page.locator("[data-check=executorsResolved]")).hasAttribute("data-passed", "true");
        assertThat(page.locator(".spec-summary .completeness")).containsText("100%");

        page.navigate(baseUrl() + "/processes/map");
        assertThat(page.getByTestId("process-map")).hasAttribute("data-nodes", "2");
        assertThat(page.locator("#process-map svg")).containsText("Receiving a car");
        assertThat(page.locator("#process-map svg")).containsText("Car service");
    }
}
