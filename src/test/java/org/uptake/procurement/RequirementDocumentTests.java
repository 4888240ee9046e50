package org.uptake.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;
import static org.uptake.support.Fixtures.bearer;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.procurement.requirement.DocumentForm;
import org.uptake.procurement.requirement.Priority;
import org.uptake.procurement.requirement.Requirement;
import org.uptake.procurement.requirement.RequirementForm;
import org.uptake.procurement.requirement.RequirementService;
import org.uptake.program.Program;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.paging.PageRequest;
import org.uptake.support.ProcessFixtures;
import org.uptake.support.ProcurementFixtures;
import org.uptake.support.ProgramFixtures;
import org.uptake.support.ProgramTest;

/** The requirements document: goals in two sentences, requirements per role and stage, an internal customer, processes. */
class RequirementDocumentTests extends ProgramTest {

    private ProgramFixtures.World w;
    private Program p;

    @BeforeEach
    void program() {
        w = programFixtures.world();
        p = programFixtures.program(w, "P1");
    }

    private RequirementService requirements() {
        return fixtures.bean(RequirementService.class);
    }

    private long count() {
        return jdbc.sql("select count(*) from procurement_requirement where program_id = ?").param(p.id()).query(Long.class).single();
    }

    @Test
    void writesRequirementsPerRoleAndStageWithTheirCustomerAndProcesses() {
        var order = new ProcessFixtures(fixtures).process(w.admin(), "Order management", null);
        requirements().create(w.coordinator(), p.id(), ProcurementFixtures.requirement("Mechanic", 2, Priority.SHOULD,
                w.sponsor().id(), List.of()));
        Requirement adviser = requirements().create(w.coordinator(), p.id(), ProcurementFixtures.requirement("Service adviser", 1,
                Priority.MUST, w.sponsor().id(), List.of(order.id())));

        var page = requirements().list(w.coordinator(), p.id(), PageRequest.first(1));
        var rest = requirements().list(w.coordinator(), p.id(), new PageRequest(null, page.next(), 10));

        assertThat(adviser.customerName()).isEqualTo("Sponsor Person");
        assertThat(adviser.processes()).extracting(Requirement.LinkedProcess::name).containsExactly("Order management");
        assertThat(page.items()).extracting(Requirement::role).containsExactly("Service adviser");
        assertThat(rest.items()).extracting(Requirement::role).containsExactly("Mechanic");
    }

    @Test
    void acceptsGoalsInTwoSentencesAndKeepsTheInternalBudget() {
        var saved = requirements().saveDocument(w.coordinator(), p.id(), new DocumentForm(
                "Every station records orders in one system. Order lead time falls by 20.5 % within six months.",
                "1 500 000,00", "EUR", "Licences, implementation, first-year support", 0));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.budgetMinor()).isEqualTo(150_000_000L);
        assertThat(saved.budgetCurrency()).isEqualTo("EUR");
    }

    @Test
    void refusesGoalsLongerThanTwoSentencesAndChangesNothing() throws Exception {
        requirements().saveDocument(w.coordinator(), p.id(), new DocumentForm("One system for all orders.", null, null, null, 0));

        assertThatThrownBy(() -> requirements().saveDocument(w.coordinator(), p.id(),
                new DocumentForm("One. Two. Three.", null, null, null, 1)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().code()).isEqualTo("procurement.error.goalsSentences"));
        mvc.perform(put("/api/v1/programs/" + p.id() + "/requirements/document").with(bearer(fixtures.token(w.coordinator())))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"goals\":\"First. Second! Third?\",\"version\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("goals"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("one or two sentences")));
        assertThat(requirements().document(w.coordinator(), p.id()).goals()).isEqualTo("One system for all orders.");
    }

    @Test
    void aStaleDocumentOrRequirementIsAConflictAndChangesNothing() throws Exception {
        requirements().saveDocument(w.coordinator(), p.id(), new DocumentForm("First goals.", null, null, null, 0));
        Requirement r = requirements().create(w.coordinator(), p.id(),
                ProcurementFixtures.requirement("Adviser", 1, Priority.MUST, w.sponsor().id(), List.of()));
        requirements().update(w.coordinator(), p.id(), r.id(), RequirementForm.of(r));
        String token = fixtures.token(w.coordinator());

        mvc.perform(put("/api/v1/programs/" + p.id() + "/requirements/document").with(bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"goals\":\"Late goals.\",\"version\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/programs/" + p.id() + "/requirements/" + r.id()).with(bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"Late\",\"scenario\":\"x\",\"stage\":2,\"priority\":\"COULD\",\"customerPersonId\":"
                                + w.sponsor().id() + ",\"version\":0}"))
                .andExpect(status().isConflict());
        assertThat(requirements().document(w.coordinator(), p.id()).goals()).isEqualTo("First goals.");
        assertThat(requirements().get(w.coordinator(), p.id(), r.id()).role()).isEqualTo("Adviser");
    }

    @Test
    void refusesAnUnknownProcessACustomerOfAnotherOrganisationAndTwoCustomersAndStoresNothing() throws Exception {
        var foreign = programFixtures.world();
        var foreignProcess = new ProcessFixtures(fixtures).process(foreign.admin(), "Foreign process", null);

        assertThatThrownBy(() -> requirements().create(w.coordinator(), p.id(), ProcurementFixtures.requirement("Adviser", 1,
                Priority.MUST, w.sponsor().id(), List.of(foreignProcess.id()))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().code()).isEqualTo("procurement.error.processUnknown"));
        assertThatThrownBy(() -> requirements().create(w.coordinator(), p.id(), ProcurementFixtures.requirement("Adviser", 1,
                Priority.MUST, foreign.sponsor().id(), List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().code()).isEqualTo("procurement.error.person"));
        var position = programFixtures.positionWithCode(w.admin(), "SA");
        mvc.perform(post("/api/v1/programs/" + p.id() + "/requirements").with(bearer(fixtures.token(w.coordinator())))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"Adviser\",\"scenario\":\"x\",\"stage\":1,\"priority\":\"MUST\",\"customerPersonId\":"
                                + w.sponsor().id() + ",\"customerPositionId\":" + position.id() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("customerPersonId"));
        assertThat(count()).isZero();
    }

    @Test
    void malformedInputIsAClearErrorOnTheApiAndOnThePage() throws Exception {
        mvc.perform(post("/api/v1/programs/" + p.id() + "/requirements").with(bearer(fixtures.token(w.coordinator())))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"role\":\"\",\"stage\":12,\"priority\":\"SOON\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/programs/" + p.id() + "/procurement/requirements").with(as(w.coordinator())).with(csrf())
                        .param("role", "Adviser").param("scenario", "Records orders").param("stage", "first")
                        .param("priority", "MUST").param("customerPersonId", String.valueOf(w.sponsor().id())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flashViolations"));
        mvc.perform(post("/programs/" + p.id() + "/procurement/requirements").with(as(w.coordinator())).with(csrf())
                        .param("role", "").param("scenario", "Records orders").param("stage", "1").param("priority", "MUST"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flashViolations"));
        assertThat(count()).isZero();
    }

    @Test
    void anotherOrganisationsProgramIsNotFound() throws Exception {
        var other = programFixtures.world();

        assertThatThrownBy(() -> requirements().create(other.coordinator(), p.id(),
                ProcurementFixtures.requirement("Adviser", 1, Priority.MUST, other.sponsor().id(), List.of())))
                .isInstanceOf(NotFoundException.class);
        mvc.perform(get("/api/v1/programs/" + p.id() + "/requirements").with(bearer(fixtures.token(other.coordinator()))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/programs/" + p.id() + "/procurement").with(as(other.coordinator())))
                .andExpect(status().isNotFound());
    }

    @Test
    void theTabShowsTheDocumentAndAddsARequirementFromThePage() throws Exception {
        mvc.perform(post("/programs/" + p.id() + "/procurement/requirements").with(as(w.coordinator())).with(csrf())
                        .param("role", "Service adviser").param("scenario", "Opens a work order from a phone call")
                        .param("stage", "1").param("priority", "MUST").param("customerPersonId", String.valueOf(w.sponsor().id())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flashMessage"));
        mvc.perform(get("/programs/" + p.id() + "/procurement").with(as(w.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Opens a work order from a phone call")));
        assertThat(count()).isOne();
    }
}
