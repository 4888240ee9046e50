package org.uptake.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.uptake.org.position.Position;
import org.uptake.process.catalog.Process;
import org.uptake.process.publication.PublicationForm;
import org.uptake.process.publication.PublicationService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.IntegrationTest;
import org.uptake.support.ProcessFixtures;

class ProcessPageTests extends IntegrationTest {

    private ProcessFixtures processes;
    private Actor admin;
    private Position head;

    @BeforeEach
    void organisation() {
        processes = new ProcessFixtures(fixtures);
        admin = fixtures.newOrganization();
        head = fixtures.position(admin, "Head of the car service");
    }

    @Test
    void showsTheCatalogTreeAndTheSearchList() throws Exception {
        Process top = processes.process(admin, "Car service", null);
        Process receiving = processes.process(admin, "Receiving a car from a client", top.id());
        processes.process(admin, "Inspecting the car", receiving.id());
        mvc.perform(get("/processes").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Car service")))
                .andExpect(content().string(Matchers.containsString("Receiving a car from a client")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Inspecting the car"))));
        mvc.perform(get("/processes/" + receiving.id() + "/branch").with(as(admin)))
                .andExpect(content().string(Matchers.containsString("Inspecting the car")));
        mvc.perform(get("/processes/list").param("q", "inspect").with(as(admin)))
                .andExpect(content().string(Matchers.containsString(">Inspecting the car</a>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(">Receiving a car from a client</a>"))));
    }

    @Test
    void createsAProcessFromTheFormAndRefusesALevelFourOneInline() throws Exception {
        Process a = processes.process(admin, "A", null);
        Process b = processes.process(admin, "B", a.id());
        Process c = processes.process(admin, "C", b.id());
        mvc.perform(post("/processes").with(as(admin)).with(csrf()).param("name", "Too deep").param("parentId", String.valueOf(c.id()))
                        .param("repeatsRegularly", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("The catalog has levels 1 to 3 only")));
        mvc.perform(post("/processes").with(as(admin)).with(csrf()).param("name", "Car service").param("repeatsRegularly", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from process where organization_id = ? and name = 'Too deep'")
                .param(admin.organizationId()).query(Long.class).single()).isZero();
    }

    @Test
    void showsEverySectionOfTheSpecificationInTheSeedsOrder() throws Exception {
        Process p = processes.owned(admin, "Receiving a car from a client", null, head);
        processes.measured(admin, p.id());
        String html = mvc.perform(get("/processes/" + p.id()).with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int clients = html.indexOf("id=\"clients\"");
        int goals = html.indexOf("id=\"goals\"");
        int results = html.indexOf("id=\"results\"");
        int indicators = html.indexOf("id=\"indicators\"");
        int resources = html.indexOf("id=\"resources\"");
        int suppliers = html.indexOf("id=\"suppliers\"");
        int executors = html.indexOf("id=\"executors\"");
        int owner = html.indexOf("id=\"owner\"");
        assertThat(clients).isPositive();
        assertThat(java.util.List.of(clients, goals, results, indicators, resources, suppliers, executors, owner)).isSorted();
        assertThat(html).contains("Phone survey", "Head of the car service", "data-testid=\"publication\"");
    }

    @Test
    void addsAPartWithHtmxAndAnswersTheRefreshedSpecification() throws Exception {
        Process p = processes.owned(admin, "Receiving a car from a client", null, head);
        mvc.perform(post("/processes/" + p.id() + "/clients").with(as(admin)).with(csrf()).header("HX-Request", "true")
                        .param("name", "Car owner").param("kind", "EXTERNAL").param("needs", "Problem solved quickly"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Car owner")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
        mvc.perform(post("/processes/" + p.id() + "/results").with(as(admin)).with(csrf()).param("text", "Work order"))
                .andExpect(redirectedUrl("/processes/" + p.id() + "#results"));
    }

    @Test
    void explainsAtTheSectionWhyAnIndicatorIsRefusedAndKeepsWhatWasTyped() throws Exception {
        Process p = processes.owned(admin, "Receiving a car from a client", null, head);
        long client = processes.client(admin, p.id(), "Car owner");
        long goal = processes.goal(admin, p.id(), client, "Confidence");
        mvc.perform(post("/processes/" + p.id() + "/indicators").with(as(admin)).with(csrf()).header("HX-Request", "true")
                        .param("goalId", String.valueOf(goal)).param("name", "Satisfaction").param("methodsText", "Phone survey"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("errors-indicators")))
                .andExpect(content().string(Matchers.containsString("Indicators come last")));
        assertThat(jdbc.sql("select count(*) from process_indicator where process_id = ?").param(p.id()).query(Long.class).single()).isZero();
    }

    @Test
    void editsARowInPlace() throws Exception {
        Process p = processes.owned(admin, "Receiving a car from a client", null, head);
        long result = processes.result(admin, p.id(), "Work order");
        mvc.perform(get("/processes/" + p.id()).param("edit", "result-" + result).with(as(admin)).header("HX-Request", "true"))
                .andExpect(content().string(Matchers.containsString("/processes/" + p.id() + "/results/" + result + "\"")));
        mvc.perform(post("/processes/" + p.id() + "/results/" + result).with(as(admin)).with(csrf()).header("HX-Request", "true")
                        .param("text", "Work order (signed by the client)").param("version", "0"))
                .andExpect(content().string(Matchers.containsString("Work order (signed by the client)")));
    }

    @Test
    void readersSeeNoFormsAndCannotChangeAnything() throws Exception {
        Actor employee = fixtures.user(admin, null, Role.EMPLOYEE);
        Process p = processes.owned(admin, "Receiving a car from a client", null, head);
        mvc.perform(get("/processes/" + p.id()).with(as(employee)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("data-testid=\"add-client\""))));
        mvc.perform(post("/processes/" + p.id() + "/clients").with(as(employee)).with(csrf()).param("name", "X").param("kind", "EXTERNAL"))
                .andExpect(status().isForbidden());
    }

    @Test
    void showsAnApprovedRevisionAsItWasApproved() throws Exception {
        Process p = processes.owned(admin, "Receiving a car from a client", null, head);
        processes.measured(admin, p.id());
        var form = new PublicationForm();
        form.setSpecVersion(processes.processes.get(admin, p.id()).specVersion());
        fixtures.bean(PublicationService.class).approve(admin, p.id(), form);
        processes.client(admin, p.id(), "Added after approval");
        mvc.perform(get("/processes/" + p.id() + "/revisions/1").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Car owner")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Added after approval"))));
    }

    @Test
    void listsTheProcessesThatBreakTheCatalogRules() throws Exception {
        Process noClient = processes.owned(admin, "Receiving a car from a client", null, head);
        Process complete = processes.owned(admin, "Returning the car", null, head);
        processes.client(admin, complete.id(), "Car owner");
        mvc.perform(get("/processes/checks").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-testid=\"checks-withoutClient\"")))
                .andExpect(content().string(Matchers.containsString(">Receiving a car from a client</a>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(">Returning the car</a>"))));
        assertThat(jdbc.sql("select failed_checks from process where id = ?").param(noClient.id()).query(Integer.class).single()
                & org.uptake.process.spec.SpecificationCheck.bit("clients")).isNotZero();
    }
}
