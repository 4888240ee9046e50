package org.uptake.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;
import static org.uptake.support.Fixtures.bearer;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.program.budget.ActualEntry;
import org.uptake.program.budget.BudgetKind;
import org.uptake.program.budget.BudgetLine;
import org.uptake.program.budget.BudgetLineForm;
import org.uptake.program.budget.BudgetService;
import org.uptake.program.budget.BudgetTotals;
import org.uptake.program.plan.Task;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.support.ProgramTest;

/** A program's budget: one currency, lines by kind and phase, planned against actual, in exact minor units. */
class BudgetTests extends ProgramTest {

    private BudgetService budgets() {
        return fixtures.bean(BudgetService.class);
    }

    private BudgetLineForm line(BudgetKind kind, String title, Long phaseId, long plannedMinor, String currency) {
        var f = new BudgetLineForm();
        f.setKind(kind);
        f.setTitle(title);
        f.setPhaseId(phaseId);
        f.setPlannedMinor(plannedMinor);
        f.setCurrency(currency);
        return f;
    }

    private long lineCount(long programId) {
        return jdbc.sql("select count(*) from program_budget_line where program_id = ?").param(programId).query(Long.class).single();
    }

    @Test
    void sumsPlannedAndActualPerKindAndPerPhase() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Task training = programFixtures.task(w.coordinator(), p, "training");
        budgets().chooseCurrency(w.coordinator(), p.id(), "eur", 0);
        BudgetLine licences = budgets().addLine(w.coordinator(), p.id(), line(BudgetKind.TECHNICAL, "Licences", null, 1_200_000, "EUR"));
        BudgetLine trainers = budgets().addLine(w.coordinator(), p.id(),
                line(BudgetKind.PERSONNEL, "External trainers", training.phaseId(), 800_000, "EUR"));
        budgets().recordActual(w.coordinator(), p.id(), licences.id(), new ActualEntry(LocalDate.now(), 1_250_000L, "EUR", "Invoice 17"));
        budgets().recordActual(w.coordinator(), p.id(), trainers.id(), new ActualEntry(LocalDate.now(), 300_000L, "EUR", null));
        budgets().recordActual(w.coordinator(), p.id(), trainers.id(), new ActualEntry(LocalDate.now(), -50_000L, "EUR", "Refund"));

        BudgetTotals totals = budgets().totals(w.coordinator(), p.id());

        assertThat(totals.currency()).isEqualTo("EUR");
        assertThat(totals.overall().plannedMinor()).isEqualTo(2_000_000);
        assertThat(totals.overall().actualMinor()).isEqualTo(1_500_000);
        assertThat(totals.byKind()).extracting(BudgetTotals.Total::key, BudgetTotals.Total::actualMinor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PERSONNEL", 250_000L),
                        org.assertj.core.groups.Tuple.tuple("TECHNICAL", 1_250_000L));
        assertThat(totals.byPhase()).extracting(BudgetTotals.Total::key).containsExactly(training.phaseId().toString(), null);
        assertThat(budgets().line(w.coordinator(), p.id(), licences.id()).overspent()).isTrue();
        assertThat(budgets().actuals(w.coordinator(), p.id(), trainers.id())).hasSize(2);
    }

    @Test
    void refusesAnAmountInAnotherCurrencyAndChangesNothing() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        budgets().chooseCurrency(w.coordinator(), p.id(), "EUR", 0);
        mvc.perform(post("/api/v1/programs/" + p.id() + "/budget/lines").with(bearer(fixtures.token(w.coordinator())))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"FINANCIAL\",\"title\":\"Servers\",\"plannedMinor\":500000,\"currency\":\"USD\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("currency"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("budget is in EUR")));
        assertThat(lineCount(p.id())).isZero();
    }

    @Test
    void refusesANegativePlannedAmountOnThePageAndInTheApiAndChangesNothing() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        budgets().chooseCurrency(w.coordinator(), p.id(), "EUR", 0);
        mvc.perform(post("/programs/" + p.id() + "/budget/lines").with(as(w.coordinator())).with(csrf())
                        .param("kind", "FINANCIAL").param("title", "Servers").param("planned", "-1 000").param("currency", "EUR"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("A planned amount cannot be negative")))
                .andExpect(content().string(Matchers.containsString("value=\"Servers\"")));
        mvc.perform(post("/api/v1/programs/" + p.id() + "/budget/lines").with(bearer(fixtures.token(w.coordinator())))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"FINANCIAL\",\"title\":\"Servers\",\"plannedMinor\":-100,\"currency\":\"EUR\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("plannedMinor"));
        assertThat(lineCount(p.id())).isZero();
    }

    @Test
    void aCorrectionNeverTakesALineBelowZeroAndNothingIsRecorded() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        budgets().chooseCurrency(w.coordinator(), p.id(), "NOK", 0);
        BudgetLine l = budgets().addLine(w.coordinator(), p.id(), line(BudgetKind.FINANCIAL, "Travel", null, 100_00, "NOK"));
        budgets().recordActual(w.coordinator(), p.id(), l.id(), new ActualEntry(LocalDate.now(), 40_00L, "NOK", null));

        assertThatThrownBy(() -> budgets().recordActual(w.coordinator(), p.id(), l.id(),
                new ActualEntry(LocalDate.now(), -50_00L, "NOK", "Too much back")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().code()).isEqualTo("budget.error.belowZero"));
        assertThatThrownBy(() -> budgets().recordActual(w.coordinator(), p.id(), l.id(),
                new ActualEntry(LocalDate.now(), 10_00L, "SEK", null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().code()).isEqualTo("budget.error.currency"));
        assertThat(budgets().line(w.coordinator(), p.id(), l.id()).actualMinor()).isEqualTo(40_00);
        assertThat(budgets().actuals(w.coordinator(), p.id(), l.id())).hasSize(1);
    }

    @Test
    void recordsActualsTypedOnThePageInTheLocalWay() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        budgets().chooseCurrency(w.coordinator(), p.id(), "RUB", 0);
        BudgetLine l = budgets().addLine(w.coordinator(), p.id(), line(BudgetKind.TECHNICAL, "Workstations", null, 500_000_00, "RUB"));
        mvc.perform(post("/programs/" + p.id() + "/budget/lines/" + l.id() + "/actuals").with(as(w.coordinator())).with(csrf())
                        .param("spentOn", LocalDate.now().toString()).param("amount", "125 000,50").param("currency", "RUB")
                        .param("note", "Invoice 4"))
                .andExpect(status().is3xxRedirection());
        assertThat(budgets().line(w.coordinator(), p.id(), l.id()).actualMinor()).isEqualTo(12_500_050);
        mvc.perform(get("/programs/" + p.id() + "/budget/lines/" + l.id()).with(as(w.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Invoice 4")))
                .andExpect(content().string(Matchers.containsString("actualRecorded")));
    }

    @Test
    void theCurrencyStaysOnceTheBudgetHasLines() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        var budget = budgets().chooseCurrency(w.coordinator(), p.id(), "EUR", 0);
        budgets().addLine(w.coordinator(), p.id(), line(BudgetKind.FINANCIAL, "Consulting", null, 1, "EUR"));

        assertThatThrownBy(() -> budgets().chooseCurrency(w.coordinator(), p.id(), "USD", budget.version()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().code()).isEqualTo("budget.error.currencyInUse"));
        assertThat(budgets().budget(w.coordinator(), p.id()).currency()).isEqualTo("EUR");
    }

    @Test
    void aStaleEditOfALineIsAConflictAndChangesNothing() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        budgets().chooseCurrency(w.coordinator(), p.id(), "EUR", 0);
        BudgetLine l = budgets().addLine(w.coordinator(), p.id(), line(BudgetKind.FINANCIAL, "Consulting", null, 1000, "EUR"));
        var edit = line(BudgetKind.FINANCIAL, "Consulting, first offer", null, 2000, "EUR");
        budgets().updateLine(w.coordinator(), p.id(), l.id(), edit);

        mvc.perform(put("/api/v1/programs/" + p.id() + "/budget/lines/" + l.id()).with(bearer(fixtures.token(w.coordinator())))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"FINANCIAL\",\"title\":\"Late\",\"plannedMinor\":3000,\"currency\":\"EUR\",\"version\":0}"))
                .andExpect(status().isConflict());
        assertThat(budgets().line(w.coordinator(), p.id(), l.id()).title()).isEqualTo("Consulting, first offer");
    }

    @Test
    void theBudgetTabShowsTotalsLinesAndPeople() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        budgets().chooseCurrency(w.coordinator(), p.id(), "EUR", 0);
        budgets().addLine(w.coordinator(), p.id(), line(BudgetKind.FINANCIAL, "Consulting", null, 123_456, "EUR"));
        mvc.perform(get("/programs/" + p.id() + "/budget").with(as(w.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("1,234.56 EUR")))
                .andExpect(content().string(Matchers.containsString("program-tab-budget")));
    }
}
