package org.uptake.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.bearer;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.procurement.selection.CriteriaForm;
import org.uptake.procurement.selection.Criterion;
import org.uptake.procurement.selection.CriterionKind;
import org.uptake.procurement.selection.SelectionService;
import org.uptake.procurement.selection.Vendor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.support.IntegrationTest;
import org.uptake.support.SelectionFixtures;
import org.uptake.support.SelectionFixtures.Crm;

/** A selection's criteria and weights: the six CRM questions built in, weights totalling 100 %, recalculation on change. */
class SelectionCriteriaTests extends IntegrationTest {

    private SelectionFixtures selections;

    @BeforeEach
    void selections() {
        selections = new SelectionFixtures(fixtures);
    }

    private String url(Crm crm) {
        return "/api/v1/programs/" + crm.programId() + "/selections/" + crm.id();
    }

    private static String criteriaJson(List<Criterion> criteria, int priceWeight, int firstQualityWeight, int version) {
        List<String> lines = new ArrayList<>();
        boolean first = true;
        for (Criterion c : criteria) {
            int w = c.price() ? priceWeight : first ? firstQualityWeight : c.weight();
            if (!c.price()) {
                first = false;
            }
            lines.add("{\"id\":" + c.id() + ",\"name\":\"" + c.name() + "\",\"kind\":\"" + c.kind() + "\",\"weight\":" + w + "}");
        }
        return "{\"criteria\":[" + String.join(",", lines) + "],\"version\":" + version + "}";
    }

    @Test
    void startsWithTheSixQuestionsOfChoosingACrmWithThePriceQualityWeightingStated() {
        Crm crm = selections.crm();

        assertThat(crm.criteria()).extracting(Criterion::name).containsExactly("Fit to the business goals",
                "Fit to the business needs", "Fit for the people who will work in it", "Must-have functions",
                "Budget: total cost", "Free trial and hands-on experience");
        assertThat(crm.criteria()).filteredOn(Criterion::price).extracting(Criterion::weight).containsExactly(20);
        assertThat(crm.criteria().stream().mapToInt(Criterion::weight).sum()).isEqualTo(100);
    }

    @Test
    void refusesWeightsThatDoNotTotalAHundredAndKeepsTheOldOnes() throws Exception {
        Crm crm = selections.crm();
        String token = fixtures.token(crm.coordinator(), "read", "write");

        mvc.perform(put(url(crm) + "/criteria").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content(criteriaJson(crm.criteria(), 30, 20, crm.selection().version())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("selection.error.weightsTotal"))
                .andExpect(jsonPath("$.errors[0].message").value("The weights total 110 %; they must total 100 %. Nothing was saved."));

        assertThat(selections.selections().criteria(crm.coordinator(), crm.programId(), crm.id())).isEqualTo(crm.criteria());
        assertThat(selections.selections().get(crm.coordinator(), crm.programId(), crm.id()).version())
                .isEqualTo(crm.selection().version());
    }

    @Test
    void refusesASecondPriceCriterionAWeightOutOfRangeAndAnUnnamedLineAllAtOnce() {
        Crm crm = selections.crm();
        var form = new CriteriaForm(List.of(new CriteriaForm.Line(null, "Price", null, CriterionKind.PRICE, 50),
                new CriteriaForm.Line(null, "Also price", null, CriterionKind.PRICE, 150),
                new CriteriaForm.Line(null, " ", null, CriterionKind.QUALITY, 10)), crm.selection().version());

        assertThatThrownBy(() -> selections.selections().saveCriteria(crm.coordinator(), crm.programId(), crm.id(), form))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.code()).contains("selection.error.onePrice", "selection.error.weightRange",
                                "selection.error.criterionName"));
        assertThat(selections.selections().criteria(crm.coordinator(), crm.programId(), crm.id())).isEqualTo(crm.criteria());
    }

    @Test
    void refusesAStaleChangeOfTheWeights() throws Exception {
        Crm crm = selections.crm();
        String token = fixtures.token(crm.coordinator(), "read", "write");
        mvc.perform(put(url(crm) + "/criteria").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content(criteriaJson(crm.criteria(), 30, 10, crm.selection().version()))).andExpect(status().isOk());

        mvc.perform(put(url(crm) + "/criteria").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content(criteriaJson(crm.criteria(), 40, 0, crm.selection().version())))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("error.stale"));

        assertThat(selections.selections().criteria(crm.coordinator(), crm.programId(), crm.id()))
                .filteredOn(Criterion::price).extracting(Criterion::weight).containsExactly(30);
    }

    @Test
    void changingAWeightAfterScoringRecalculatesTheRankingAndRecordsBothRankings() {
        Crm crm = selections.crm();
        selections.scoreAndSubmit(crm, crm.anna());
        selections.scoreAndSubmit(crm, crm.boris());
        assertThat(selections.scoring().results(crm.coordinator(), crm.programId(), crm.id()).ranking().getFirst().name())
                .isEqualTo("Gamma CRM");
        int[] quality = {10, 10, 5, 10, 5};
        List<CriteriaForm.Line> lines = new ArrayList<>();
        int q = 0;
        for (Criterion c : crm.criteria()) {
            lines.add(new CriteriaForm.Line(c.id(), c.name(), null, c.kind(), c.price() ? 60 : quality[q++]));
        }

        selections.selections().saveCriteria(crm.coordinator(), crm.programId(), crm.id(),
                new CriteriaForm(lines, crm.selection().version()));

        // price 60 %: Beta (cheapest, 10 points) now leads: 0.4 × 6 + 0.6 × 10 = 8.4
        var after = selections.scoring().results(crm.coordinator(), crm.programId(), crm.id());
        assertThat(after.ranking().getFirst().name()).isEqualTo("Beta CRM");
        assertThat(after.ranking().getFirst().total()).isEqualTo(8.4);
        var entry = fixtures.bean(org.uptake.shared.audit.AuditLog.class)
                .history(crm.world().admin().organizationId(), SelectionService.ENTITY, crm.id(), 50).stream()
                .filter(e -> e.action().equals("weightsRecalculated")).findFirst().orElseThrow();
        assertThat(entry.changes().toString()).contains("rankingBefore", "1. Gamma CRM", "rankingAfter", "1. Beta CRM 8.4");
    }

    @Test
    void afterScoringCriteriaCanNoLongerBeAddedOrRemoved() {
        Crm crm = selections.crm();
        int version = selections.scoring().sheet(crm.anna(), crm.programId(), crm.id(), null).myVersion();
        selections.scoring().score(crm.anna(), crm.programId(), crm.id(), selections.sheet(crm, (v, c) -> 5, version));
        List<CriteriaForm.Line> lines = new ArrayList<>(crm.criteria().stream()
                .map(c -> new CriteriaForm.Line(c.id(), c.name(), null, c.kind(), c.weight())).toList());
        lines.removeLast();
        lines.add(new CriteriaForm.Line(null, "Vendor's references", null, CriterionKind.QUALITY, 10));

        assertThatThrownBy(() -> selections.selections().saveCriteria(crm.coordinator(), crm.programId(), crm.id(),
                new CriteriaForm(lines, crm.selection().version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.code()).containsExactly("selection.error.criteriaLocked"));
        assertThat(selections.selections().criteria(crm.coordinator(), crm.programId(), crm.id())).isEqualTo(crm.criteria());
    }

    @Test
    void warnsWhenTheShortlistIsLongerThanFive() {
        Crm crm = selections.crm();
        assertThat(SelectionService.shortlistTooLong(crm.vendors())).isFalse();
        for (int i = 0; i < 3; i++) {
            selections.vendor(crm.coordinator(), crm.programId(), crm.id(), "Extra " + i, 9_000_000);
        }

        List<Vendor> six = selections.vendors().list(crm.coordinator(), crm.programId(), crm.id());

        assertThat(six).hasSize(6);
        assertThat(SelectionService.shortlistTooLong(six)).isTrue();
    }

    @Test
    void anotherOrganisationsSelectionIsNotFound() throws Exception {
        Crm crm = selections.crm();
        var stranger = fixtures.newOrganization();
        String token = fixtures.token(stranger, "read", "write");

        mvc.perform(get(url(crm)).with(bearer(token))).andExpect(status().isNotFound());
        mvc.perform(put(url(crm) + "/criteria").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content(criteriaJson(crm.criteria(), 30, 10, crm.selection().version()))).andExpect(status().isNotFound());

        assertThat(selections.selections().criteria(crm.coordinator(), crm.programId(), crm.id())).isEqualTo(crm.criteria());
    }
}
