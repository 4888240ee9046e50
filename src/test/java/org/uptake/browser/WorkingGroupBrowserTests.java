package org.uptake.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.BrowserTest;

/**
 * P7 stage 1 in the browser: the admin forms the working group, publishes the order creating it
 * and its regulation (draft → sign-off → registered → in force), every member acknowledges the
 * order; the secretary holds the first meeting with a decision, a dissenting opinion and minutes.
 */
class WorkingGroupBrowserTests extends BrowserTest {

    private Actor admin;

    private String nameOf(Actor actor) {
        return jdbc.sql("select full_name from person where id = ?").param(actor.personId()).query(String.class).single();
    }

    private void switchTo(Actor actor) {
        page.context().clearCookies();
        signIn(actor.username());
    }

    private void pick(String picker, Actor who) {
        htmxReady();
        page.getByTestId(picker + "-search").fill(nameOf(who));
        page.getByTestId(picker).getByTestId("pick-person-" + who.personId()).click();
    }

    private void addMember(Actor who, String role) {
        pick("member-person", who);
        page.getByTestId("member-role").selectOption(role);
        page.getByTestId("member-add").click();
        assertThat(page.getByTestId("group-members")).containsText(nameOf(who));
    }

    /** Drafts a document from a built-in template for the group and takes it through to "in force". */
    private String publish(String groupUrl, String template, String title, String number) {
        page.navigate(groupUrl);
        page.getByTestId("group-draft").click();
        page.getByTestId("template-" + template + "-en").click();
        page.getByTestId("document-form-title").fill(title);
        page.locator("input[name='field.city'], input[name='field.region']").first().fill("Moscow");
        page.getByTestId("document-form-save").click();
        assertThat(page.getByTestId("document-status")).hasText("draft");
        String documentUrl = page.url();
        pick("document-approver", admin);
        page.getByTestId("document-send-sign-off").click();
        assertThat(page.getByTestId("document-status")).hasText("in sign-off");
        page.getByTestId("document-sign-off").click();
        page.getByTestId("sign-off-approve").click();
        page.navigate(documentUrl);
        assertThat(page.getByTestId("document-status")).hasText("signed off");
        page.getByTestId("document-reg-number").fill(number);
        page.getByTestId("document-register").click();
        page.getByTestId("document-in-force").click();
        assertThat(page.getByTestId("document-status")).hasText("in force");
        assertThat(page.getByTestId("document-number")).hasText(number);
        return documentUrl;
    }

    @Test
    void theWorkingGroupIsFormedByOrderEveryMemberAcknowledgesAndTheFirstMeetingDecidesWithADissent() {
        admin = fixtures.newOrganization();
        Actor chair = fixtures.user(admin, null, Role.EMPLOYEE);
        Actor secretary = fixtures.user(admin, null, Role.EMPLOYEE);
        Actor member = fixtures.user(admin, null, Role.EMPLOYEE);
        Actor other = fixtures.user(admin, null, Role.EMPLOYEE);

        signIn(admin.username());
        page.navigate(baseUrl() + "/working-groups");
        page.getByTestId("groups-new").click();
        page.getByTestId("group-form-name").fill("Working group for professional standards");
        page.getByTestId("group-form-purpose").fill("Phased transition to professional standards");
        page.getByTestId("group-form-save").click();
        assertThat(page.getByTestId("group-name")).hasText("Working group for professional standards");
        String groupUrl = page.url();
        addMember(chair, "CHAIR");
        addMember(secretary, "SECRETARY");
        addMember(member, "MEMBER");
        addMember(other, "MEMBER");

        String orderUrl = publish(groupUrl, "wg-order", "Order creating the working group", "WG-1");
        assertThat(page.getByTestId("document-body")).containsText(nameOf(chair));
        page.getByTestId("ack-send-save").click();
        assertThat(page.getByTestId("ack-counts")).containsText("4 asked: 0 acknowledged");
        String regulationUrl = publish(groupUrl, "wg-regulation", "Regulation on the working group", "WG-2");
        assertThat(page.getByTestId("document-body")).containsText(nameOf(secretary));

        for (Actor a : List.of(chair, secretary, member, other)) {
            switchTo(a);
            page.getByTestId("panel-acknowledge").getByText("Order creating the working group").click();
            page.getByTestId("acknowledge").click();
            assertThat(page.getByTestId("my-acknowledged")).isVisible();
        }
        switchTo(admin);
        page.navigate(orderUrl);
        assertThat(page.getByTestId("ack-counts")).containsText("4 asked: 4 acknowledged, 0 not yet");
        page.navigate(regulationUrl);
        assertThat(page.getByTestId("document-status")).hasText("in force");

        switchTo(secretary);
        page.navigate(groupUrl);
        page.getByTestId("meeting-schedule").locator("summary").click();
        page.getByTestId("meeting-date").fill("2030-03-04");
        page.getByTestId("meeting-agenda").fill("1. The action plan.");
        page.getByTestId("meeting-schedule-save").click();
        assertThat(page.getByTestId("meeting-title")).containsText("Meeting 1");
        page.getByTestId("present-" + chair.personId()).check();
        page.getByTestId("present-" + secretary.personId()).check();
        page.getByTestId("present-" + member.personId()).check();
        page.getByTestId("attendance-save").click();
        assertThat(page.getByTestId("meeting-status")).hasText("held");
        page.getByTestId("proposal").locator("summary").click();
        page.getByTestId("proposal-question").fill("Approve the action plan");
        page.getByTestId("proposal-save").click();
        page.getByTestId("vote-FOR").click();
        recordVote(chair, "FOR");
        recordVote(member, "AGAINST");
        page.getByTestId("decision-count").click();
        assertThat(page.getByTestId("decision-status")).hasText("adopted");
        assertThat(page.getByTestId("decision-tally")).containsText("For 2, against 1");

        switchTo(member);
        page.navigate(groupUrl);
        page.getByTestId("group-meetings").getByText("1").first().click();
        page.getByTestId("decision-1").locator("details summary").click();
        page.getByTestId("dissent-text").fill("The deadlines are too short for the stations.");
        page.getByTestId("dissent-save").click();
        assertThat(page.getByTestId("decision-dissent")).containsText("The deadlines are too short for the stations.");

        switchTo(secretary);
        page.navigate(groupUrl);
        page.getByTestId("group-meetings").getByText("1").first().click();
        page.getByTestId("minutes-text").fill("Heard the chair on the action plan. Decided: approve it.");
        page.getByTestId("minutes-save").click();
        page.onDialog(dialog -> dialog.accept());
        page.getByTestId("meeting-close").click();
        assertThat(page.getByTestId("meeting-status")).hasText("closed");
        assertThat(page.getByTestId("minutes-view")).hasText("Heard the chair on the action plan. Decided: approve it.");
    }

    private void recordVote(Actor who, String choice) {
        page.getByTestId("vote-member").selectOption(String.valueOf(who.personId()));
        page.getByTestId("vote-member-choice").selectOption(choice);
        page.getByTestId("vote-member-save").click();
        assertThat(page.getByTestId("decision-votes")).containsText(nameOf(who));
    }
}
