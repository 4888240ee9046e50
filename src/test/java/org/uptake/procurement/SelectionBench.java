package org.uptake.procurement;

import static org.uptake.support.Fixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uptake.procurement.selection.CriteriaForm;
import org.uptake.procurement.selection.CriterionKind;
import org.uptake.procurement.selection.ScoringService;
import org.uptake.procurement.selection.Selection;
import org.uptake.procurement.selection.SelectionForm;
import org.uptake.procurement.selection.SelectionService;
import org.uptake.program.Program;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.IntegrationTest;
import org.uptake.support.ProgramFixtures;
import org.uptake.support.SelectionFixtures;

/**
 * The vendor-matrix budget of issue 8 (20 vendors × 50 criteria × 10 evaluators, p95 ≤ 50 ms), printed,
 * not asserted — bench/RESULTS.md records the figures. Not a *Tests class, so the build does not run it;
 * {@code bench/run-selection.sh} does.
 */
class SelectionBench extends IntegrationTest {

    private static final int VENDORS = 20;
    private static final int CRITERIA = 50;
    private static final int EVALUATORS = 10;

    @Test
    void printsTheVendorMatrixFigures() throws Exception {
        var programs = new ProgramFixtures(fixtures);
        var w = programs.world();
        Program p = programs.program(w, "P1");
        Actor coordinator = w.coordinator();
        SelectionService selections = fixtures.bean(SelectionService.class);
        ScoringService scoring = fixtures.bean(ScoringService.class);
        Selection s = selections.create(coordinator, p.id(), new SelectionForm("Bench matrix", null, "EUR", "BASIC", null, null,
                null, null, 0));
        List<CriteriaForm.Line> lines = new ArrayList<>();
        lines.add(new CriteriaForm.Line(null, "Price", null, CriterionKind.PRICE, 2));
        for (int i = 1; i < CRITERIA; i++) {
            lines.add(new CriteriaForm.Line(null, "Criterion " + i, null, CriterionKind.QUALITY, 2));
        }
        selections.saveCriteria(coordinator, p.id(), s.id(), new CriteriaForm(lines, s.version()));
        SelectionFixtures fixturesOfSelection = new SelectionFixtures(fixtures);
        for (int v = 0; v < VENDORS; v++) {
            fixturesOfSelection.vendor(coordinator, p.id(), s.id(), "Vendor " + v, 5_000_000 + 250_000L * v);
        }
        Actor evaluator = null;
        for (int e = 0; e < EVALUATORS; e++) {
            evaluator = fixtures.user(w.admin(), w.root().id(), Role.EMPLOYEE);
            scoring.addEvaluator(coordinator, p.id(), s.id(), evaluator.personId());
        }
        int rows = jdbc.sql("""
                insert into procurement_score (selection_id, person_id, vendor_id, criterion_id, organization_id, score)
                select e.selection_id, e.person_id, v.id, c.id, e.organization_id, (v.id + c.id + e.person_id) % 11
                from procurement_evaluator e join procurement_vendor v on v.selection_id = e.selection_id
                join procurement_criterion c on c.selection_id = e.selection_id and c.kind = 'QUALITY'
                where e.selection_id = ?""").param(s.id()).update();
        jdbc.sql("update procurement_evaluator set submitted_at = now() where selection_id = ?").param(s.id()).update();
        jdbc.sql("analyze procurement_score").update();
        System.out.printf("vendor matrix: %d vendors × %d criteria × %d evaluators = %,d scores%n", VENDORS, CRITERIA, EVALUATORS, rows);

        long programId = p.id();
        report("results (ranking + sensitivity), service", () -> scoring.results(coordinator, programId, s.id()));
        String coordinatorToken = fixtures.token(coordinator, "read");
        String evaluatorToken = fixtures.token(evaluator, "read");
        report("GET /api/v1/…/results (JSON)", () -> perform(get("/api/v1/programs/" + programId + "/selections/" + s.id()
                + "/results").with(org.uptake.support.Fixtures.bearer(coordinatorToken))));
        report("GET /api/v1/…/scores (all 9,800 scores, JSON)", () -> perform(get("/api/v1/programs/" + programId
                + "/selections/" + s.id() + "/scores").with(org.uptake.support.Fixtures.bearer(evaluatorToken))));
        report("GET selection page (HTML)", () -> perform(
                get("/programs/" + programId + "/selections/" + s.id()).with(as(coordinator))));
        System.out.println("EXPLAIN ANALYZE of the mean scores:");
        jdbc.sql("""
                explain analyze select vendor_id, criterion_id, avg(score)::float8 as mean from procurement_score
                where selection_id = ? group by vendor_id, criterion_id""").param(s.id())
                .query(String.class).list().forEach(l -> System.out.println("  " + l));
    }

    private void perform(org.springframework.test.web.servlet.RequestBuilder request) {
        try {
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            if (status != 200) {
                throw new IllegalStateException("status " + status);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void report(String what, Runnable call) {
        for (int i = 0; i < 20; i++) {
            call.run();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            long start = System.nanoTime();
            call.run();
            times.add((System.nanoTime() - start) / 1_000);
        }
        Collections.sort(times);
        System.out.printf("%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", what, times.get(50) / 1000.0, times.get(95) / 1000.0,
                times.getLast() / 1000.0);
    }
}
