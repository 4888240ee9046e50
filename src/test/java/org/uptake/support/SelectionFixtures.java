package org.uptake.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntBiFunction;
import org.uptake.procurement.selection.Criterion;
import org.uptake.procurement.selection.ScoreSheetForm;
import org.uptake.procurement.selection.ScoringService;
import org.uptake.procurement.selection.Selection;
import org.uptake.procurement.selection.SelectionForm;
import org.uptake.procurement.selection.SelectionService;
import org.uptake.procurement.selection.Vendor;
import org.uptake.procurement.selection.VendorForm;
import org.uptake.procurement.selection.VendorService;
import org.uptake.program.Program;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;

/**
 * P8's CRM selection through the real services: a program run by a coordinator, a selection with the
 * six built-in CRM criteria, three shortlisted vendors with bids (Alpha 100 000.00, Beta 80 000.00,
 * Gamma 120 000.00 EUR) and two evaluators with employee accounts who are not on the program team.
 */
public final class SelectionFixtures {

    private final Fixtures fixtures;
    private final ProgramFixtures programs;

    public SelectionFixtures(Fixtures fixtures) {
        this.fixtures = fixtures;
        this.programs = new ProgramFixtures(fixtures);
    }

    public record Crm(ProgramFixtures.World world, Program program, Selection selection, List<Criterion> criteria,
                      Vendor alpha, Vendor beta, Vendor gamma, Actor anna, Actor boris, Actor outsider) {

        public Actor coordinator() {
            return world.coordinator();
        }

        public long programId() {
            return program.id();
        }

        public long id() {
            return selection.id();
        }

        public List<Criterion> quality() {
            return criteria.stream().filter(c -> !c.price()).toList();
        }

        public List<Vendor> vendors() {
            return List.of(alpha, beta, gamma);
        }
    }

    public SelectionService selections() {
        return fixtures.bean(SelectionService.class);
    }

    public VendorService vendors() {
        return fixtures.bean(VendorService.class);
    }

    public ScoringService scoring() {
        return fixtures.bean(ScoringService.class);
    }

    public Crm crm() {
        var w = programs.world();
        Program p = programs.program(w, "P1");
        Actor coordinator = w.coordinator();
        Selection s = selections().create(coordinator, p.id(), new SelectionForm("CRM system", "Sales and service in one system",
                "EUR", "CRM", "Open competition among at least three vendors", null, null, null, 0));
        Vendor alpha = vendor(coordinator, p.id(), s.id(), "Alpha CRM", 10_000_000);
        Vendor beta = vendor(coordinator, p.id(), s.id(), "Beta CRM", 8_000_000);
        Vendor gamma = vendor(coordinator, p.id(), s.id(), "Gamma CRM", 12_000_000);
        Actor anna = fixtures.user(w.admin(), w.root().id(), Role.EMPLOYEE);
        Actor boris = fixtures.user(w.admin(), w.root().id(), Role.EMPLOYEE);
        Actor outsider = fixtures.user(w.admin(), w.root().id(), Role.EMPLOYEE);
        scoring().addEvaluator(coordinator, p.id(), s.id(), anna.personId());
        scoring().addEvaluator(coordinator, p.id(), s.id(), boris.personId());
        return new Crm(w, p, selections().get(coordinator, p.id(), s.id()), selections().criteria(coordinator, p.id(), s.id()),
                alpha, beta, gamma, anna, boris, outsider);
    }

    /** A vendor whose whole bid is seats and integration (half each), in minor units. */
    public Vendor vendor(Actor coordinator, long programId, long selectionId, String name, long bid) {
        return vendors().create(coordinator, programId, selectionId, new VendorForm(name, name + " Cloud", "Fast start", true, true,
                "30 days", "6 weeks", bid / 2, 0L, 0L, 0L, 0L, bid - bid / 2, 0L, 0));
    }

    /** Every score of the evaluator's sheet, from a function of (vendor, criterion). */
    public ScoreSheetForm sheet(Crm crm, ToIntBiFunction<Vendor, Criterion> score, int version) {
        List<ScoreSheetForm.Entry> entries = new ArrayList<>();
        for (Vendor v : crm.vendors()) {
            for (Criterion c : crm.quality()) {
                entries.add(new ScoreSheetForm.Entry(v.id(), c.id(), score.applyAsInt(v, c)));
            }
        }
        return new ScoreSheetForm(entries, version);
    }

    /** Scores and submits: Alpha 8, Beta 6, Gamma 9 on every quality criterion (both evaluators). */
    public void scoreAndSubmit(Crm crm, Actor evaluator) {
        int version = scoring().sheet(evaluator, crm.programId(), crm.id(), null).myVersion();
        scoring().score(evaluator, crm.programId(), crm.id(), sheet(crm, (v, c) -> standard(crm, v), version));
        scoring().submit(evaluator, crm.programId(), crm.id(), version + 1);
    }

    public static int standard(Crm crm, Vendor v) {
        return v.id() == crm.alpha().id() ? 8 : v.id() == crm.beta().id() ? 6 : 9;
    }
}
