package org.uptake.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.uptake.procurement.selection.Criterion;
import org.uptake.support.IntegrationTest;
import org.uptake.support.SelectionFixtures;
import org.uptake.support.SelectionFixtures.Crm;

/** The selection pages: what the coordinator and an evaluator see before and after everyone has submitted. */
class SelectionPageTests extends IntegrationTest {

    private SelectionFixtures selections;

    @BeforeEach
    void selections() {
        selections = new SelectionFixtures(fixtures);
    }

    private String page(Crm crm, org.uptake.shared.Actor actor) throws Exception {
        return mvc.perform(get("/programs/" + crm.programId() + "/selections/" + crm.id()).with(as(actor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theCoordinatorSeesTheWeightingTheFormulaAndWhoHasSubmittedButNoScores() throws Exception {
        Crm crm = selections.crm();
        selections.scoreAndSubmit(crm, crm.anna());

        String html = page(crm, crm.coordinator());

        assertThat(html).contains("Price : quality = 20 : 80", "10 × lowest bid ÷ the vendor&#39;s bid",
                "The results appear when every evaluator has submitted: 1 of 2 so far.", "criteria-form", "vendor-form");
        assertThat(html).doesNotContain("data-testid=\"ranking\"", "score-form");
    }

    @Test
    void anEvaluatorOutsideTheProgramTeamScoresOnThePageAndSeesTheRankingOnceAllHaveSubmitted() throws Exception {
        Crm crm = selections.crm();
        selections.scoreAndSubmit(crm, crm.anna());
        assertThat(page(crm, crm.boris())).contains("score-form").doesNotContain("data-testid=\"ranking\"");
        var post = post("/programs/" + crm.programId() + "/selections/" + crm.id() + "/scores").with(as(crm.boris())).with(csrf())
                .param("version", "0").param("submit", "true");
        for (var v : crm.vendors()) {
            for (Criterion c : crm.quality()) {
                post.param("s_" + v.id() + "_" + c.id(), String.valueOf(SelectionFixtures.standard(crm, v)));
            }
        }

        mvc.perform(post).andExpect(status().is3xxRedirection());

        String html = page(crm, crm.boris());
        assertThat(html).contains("data-testid=\"ranking\"", "data-testid=\"rank-1\"", "Gamma CRM", "8.53",
                "The leader changes at a price weight of 50 %.", "selection-sensitivity");
    }

    @Test
    void aScoreOutOfRangeOnThePageIsShownAndNothingIsSaved() throws Exception {
        Crm crm = selections.crm();
        var c = crm.quality().getFirst();

        String html = mvc.perform(post("/programs/" + crm.programId() + "/selections/" + crm.id() + "/scores").with(as(crm.anna()))
                        .with(csrf()).param("version", "0").param("s_" + crm.alpha().id() + "_" + c.id(), "12"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("A score is a whole number from 0 to 10.");
        assertThat(selections.scoring().sheet(crm.anna(), crm.programId(), crm.id(), null).scores()).isEmpty();
    }

    @Test
    void theProgramTabListsTheSelections() throws Exception {
        Crm crm = selections.crm();

        String html = mvc.perform(get("/programs/" + crm.programId() + "/selections").with(as(crm.coordinator())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("CRM system", "program-tab-selections", "selection-form");
    }
}
