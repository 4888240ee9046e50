package org.uptake.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.bearer;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.procurement.selection.Results;
import org.uptake.procurement.selection.ScoreSheet;
import org.uptake.procurement.selection.VendorResult;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.support.IntegrationTest;
import org.uptake.support.SelectionFixtures;
import org.uptake.support.SelectionFixtures.Crm;

/** Independent scores 0–10, hidden from everyone else until every evaluator has submitted; then the ranking. */
class VendorScoringTests extends IntegrationTest {

    private SelectionFixtures selections;

    @BeforeEach
    void selections() {
        selections = new SelectionFixtures(fixtures);
    }

    private String url(Crm crm) {
        return "/api/v1/programs/" + crm.programId() + "/selections/" + crm.id();
    }

    private ScoreSheet sheetOf(Crm crm, org.uptake.shared.Actor evaluator) {
        return selections.scoring().sheet(evaluator, crm.programId(), crm.id(), null);
    }

    @Test
    void refusesScoresOutOfRangeAndSavesNone() throws Exception {
        Crm crm = selections.crm();
        String token = fixtures.token(crm.anna(), "read", "write");
        long vendor = crm.alpha().id();
        String body = "{\"scores\":[{\"vendorId\":" + vendor + ",\"criterionId\":" + crm.quality().get(0).id() + ",\"score\":7},"
                + "{\"vendorId\":" + vendor + ",\"criterionId\":" + crm.quality().get(1).id() + ",\"score\":11},"
                + "{\"vendorId\":" + vendor + ",\"criterionId\":" + crm.quality().get(2).id() + ",\"score\":-1}],\"version\":0}";

        mvc.perform(put(url(crm) + "/scores").with(bearer(token)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.contains("scores[1].score", "scores[2].score")))
                .andExpect(jsonPath("$.errors[0].message").value("A score is a whole number from 0 to 10."));

        assertThat(sheetOf(crm, crm.anna()).scores()).isEmpty();
        assertThat(sheetOf(crm, crm.anna()).myVersion()).isZero();
    }

    @Test
    void refusesScoresOfTheCoordinatorOrAnyoneWhoIsNotAnEvaluator() throws Exception {
        Crm crm = selections.crm();
        var sheet = selections.sheet(crm, (v, c) -> 5, 0);

        assertThatThrownBy(() -> selections.scoring().score(crm.coordinator(), crm.programId(), crm.id(), sheet))
                .isInstanceOf(ForbiddenException.class);
        mvc.perform(put(url(crm) + "/scores").with(bearer(fixtures.token(crm.outsider(), "read", "write")))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"scores\":[],\"version\":0}"))
                .andExpect(status().isForbidden());

        assertThat(jdbc.sql("select count(*) from procurement_score where selection_id = ?").param(crm.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void hidesEveryoneElsesScoresAndTheRankingUntilAllHaveSubmitted() throws Exception {
        Crm crm = selections.crm();
        selections.scoreAndSubmit(crm, crm.anna());
        int borisVersion = sheetOf(crm, crm.boris()).myVersion();
        selections.scoring().score(crm.boris(), crm.programId(), crm.id(), selections.sheet(crm, (v, c) -> 3, borisVersion));

        mvc.perform(get(url(crm) + "/scores").param("evaluatorPersonId", String.valueOf(crm.anna().personId()))
                        .with(bearer(fixtures.token(crm.boris(), "read"))))
                .andExpect(status().isForbidden());
        ScoreSheet boris = sheetOf(crm, crm.boris());
        assertThat(boris.scores()).allMatch(s -> s.evaluatorPersonId() == crm.boris().personId()).hasSize(15);
        ScoreSheet coordinator = sheetOf(crm, crm.coordinator());
        assertThat(coordinator.scores()).as("the coordinator sees who submitted, not the scores").isEmpty();
        assertThat(coordinator.evaluators()).extracting(e -> e.submitted()).containsExactlyInAnyOrder(true, false);
        assertThatThrownBy(() -> selections.scoring().sheet(crm.coordinator(), crm.programId(), crm.id(), crm.anna().personId()))
                .isInstanceOf(ForbiddenException.class);
        mvc.perform(get(url(crm) + "/results").with(bearer(fixtures.token(crm.coordinator(), "read"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.available").value(false)).andExpect(jsonPath("$.submitted").value(1))
                .andExpect(jsonPath("$.ranking").isEmpty());
    }

    @Test
    void onceAllHaveSubmittedEveryReaderSeesAllScoresTheRankingAndTheSensitivity() {
        Crm crm = selections.crm();
        selections.scoreAndSubmit(crm, crm.anna());
        selections.scoreAndSubmit(crm, crm.boris());

        Results results = selections.scoring().results(crm.coordinator(), crm.programId(), crm.id());

        assertThat(results.available()).isTrue();
        // budget 20 %: Gamma 0.8 × 9 + 0.2 × 6.67 = 8.53, Alpha 8.00, Beta 0.8 × 6 + 0.2 × 10 = 6.80
        assertThat(results.ranking()).extracting(VendorResult::name).containsExactly("Gamma CRM", "Alpha CRM", "Beta CRM");
        assertThat(results.ranking()).extracting(VendorResult::total).containsExactly(8.53, 8.0, 6.8);
        assertThat(results.sensitivity().leaderChanges()).containsExactly(50);
        assertThat(sheetOf(crm, crm.coordinator()).scores()).hasSize(30);
        assertThat(selections.scoring().sheet(crm.boris(), crm.programId(), crm.id(), crm.anna().personId()).scores())
                .hasSize(15);
    }

    @Test
    void refusesToSubmitAnIncompleteSheet() {
        Crm crm = selections.crm();
        var partial = new org.uptake.procurement.selection.ScoreSheetForm(java.util.List.of(
                new org.uptake.procurement.selection.ScoreSheetForm.Entry(crm.alpha().id(), crm.quality().get(0).id(), 7)), 0);
        selections.scoring().score(crm.anna(), crm.programId(), crm.id(), partial);

        assertThatThrownBy(() -> selections.scoring().submit(crm.anna(), crm.programId(), crm.id(), 1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().getFirst().args())
                        .containsExactly(14));
        assertThat(sheetOf(crm, crm.anna()).mySubmitted()).isFalse();
    }

    @Test
    void refusesAStaleSheetAndChangesToASubmittedOne() {
        Crm crm = selections.crm();
        selections.scoring().score(crm.anna(), crm.programId(), crm.id(), selections.sheet(crm, (v, c) -> 4, 0));

        assertThatThrownBy(() -> selections.scoring().score(crm.anna(), crm.programId(), crm.id(),
                selections.sheet(crm, (v, c) -> 9, 0))).isInstanceOf(StaleVersionException.class);
        assertThat(sheetOf(crm, crm.anna()).scores()).allMatch(s -> s.score() == 4);

        selections.scoring().submit(crm.anna(), crm.programId(), crm.id(), 1);
        assertThatThrownBy(() -> selections.scoring().score(crm.anna(), crm.programId(), crm.id(),
                selections.sheet(crm, (v, c) -> 9, 2)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().getFirst().code())
                        .isEqualTo("selection.error.submitted"));
        assertThat(sheetOf(crm, crm.anna()).scores()).allMatch(s -> s.score() == 4);
    }
}
