package org.uptake.procurement.selection.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.uptake.procurement.selection.CriteriaForm;
import org.uptake.procurement.selection.Criterion;
import org.uptake.procurement.selection.CriterionKind;
import org.uptake.procurement.selection.Results;
import org.uptake.procurement.selection.ScoringService;
import org.uptake.procurement.selection.SelectionAccess;
import org.uptake.procurement.selection.SelectionDecisions;
import org.uptake.procurement.selection.SelectionForm;
import org.uptake.procurement.selection.SelectionService;
import org.uptake.procurement.selection.Sensitivity;
import org.uptake.procurement.selection.Vendor;
import org.uptake.procurement.selection.VendorService;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.Violation;
import tools.jackson.databind.json.JsonMapper;

/** What a selection's page shows, for its own controller and for the forms that post to it. */
@Component
class SelectionPageModel {

    static final String VIEW = "procurement/selection/selection";
    static final String LIST = "procurement/selection/list";

    private final ProgramService programs;
    private final SelectionService selections;
    private final VendorService vendors;
    private final ScoringService scoring;
    private final SelectionDecisions decisions;
    private final AuditLog audit;
    private final JsonMapper json;

    SelectionPageModel(ProgramService programs, SelectionService selections, VendorService vendors, ScoringService scoring,
                       SelectionDecisions decisions, AuditLog audit, JsonMapper json) {
        this.programs = programs;
        this.selections = selections;
        this.vendors = vendors;
        this.scoring = scoring;
        this.decisions = decisions;
        this.audit = audit;
        this.json = json;
    }

    String list(Actor actor, long programId, Model model) {
        var access = programs.requireReader(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("selections", selections.list(actor, programId));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", SelectionForm.empty());
        }
        return LIST;
    }

    String show(Actor actor, long programId, long selectionId, Model model) {
        SelectionAccess access = selections.access(actor, programId, selectionId);
        List<Criterion> criteria = selections.criteria(actor, programId, selectionId);
        List<Vendor> vendorList = vendors.list(actor, programId, selectionId);
        Results results = scoring.results(actor, programId, selectionId);
        model.addAttribute("program", access.program().program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", access.program().reads() ? programs.tabs(access.program()) : List.of());
        model.addAttribute("selection", access.selection());
        model.addAttribute("criteria", criteria);
        model.addAttribute("quality", criteria.stream().filter(c -> !c.price()).toList());
        int price = criteria.stream().filter(Criterion::price).mapToInt(Criterion::weight).sum();
        model.addAttribute("priceWeight", price);
        model.addAttribute("qualityWeight", criteria.stream().mapToInt(Criterion::weight).sum() - price);
        model.addAttribute("kinds", CriterionKind.values());
        model.addAttribute("vendors", vendorList);
        model.addAttribute("vendorNames", vendorList.stream().collect(Collectors.toMap(Vendor::id, Vendor::name)));
        model.addAttribute("shortlist", vendorList.stream().filter(Vendor::shortlisted).toList());
        model.addAttribute("shortlistTooLong", SelectionService.shortlistTooLong(vendorList));
        model.addAttribute("shortlistSize", vendorList.stream().filter(Vendor::shortlisted).count());
        var sheet = scoring.sheet(actor, programId, selectionId, null);
        model.addAttribute("sheet", sheet);
        model.addAttribute("allScores", sheet.scores().stream().collect(Collectors.toMap(
                x -> x.evaluatorPersonId() + "_" + x.vendorId() + "_" + x.criterionId(), x -> x.score())));
        model.addAttribute("results", results);
        model.addAttribute("chart", results.available() ? chart(results.sensitivity()) : "{}");
        model.addAttribute("commitments", vendors.commitments(actor, programId, selectionId));
        model.addAttribute("documents", vendors.documents(actor, programId, selectionId));
        model.addAttribute("signOff", decisions.signOff(actor, access.selection()).orElse(null));
        if (!model.containsAttribute("planForm")) {
            model.addAttribute("planForm", SelectionForm.of(access.selection()));
        }
        if (!model.containsAttribute("criteriaForm")) {
            model.addAttribute("criteriaForm", CriteriaForm.of(criteria, access.selection().version()));
        }
        model.addAttribute("history", audit.history(actor.organizationId(), SelectionService.ENTITY, selectionId, 100));
        return VIEW;
    }

    /** The sensitivity lines for the chart script, as a data attribute (the page runs no inline script). */
    private String chart(Sensitivity s) {
        return json.writeValueAsString(Map.of("x", s.priceWeights(), "current", s.currentPriceWeight(),
                "series", s.lines().stream().map(l -> Map.of("name", l.name(), "data", l.totals())).toList()));
    }

    String refused(Actor actor, long programId, long selectionId, Model model, RuntimeException e) {
        model.addAttribute("violations", e instanceof InvalidInputException invalid ? invalid.violations()
                : List.of(Violation.of(null, "error.stale")));
        return show(actor, programId, selectionId, model);
    }
}
