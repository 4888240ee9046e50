package org.uptake.procurement.selection.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.procurement.selection.Commitment;
import org.uptake.procurement.selection.CommitmentForm;
import org.uptake.procurement.selection.CriteriaForm;
import org.uptake.procurement.selection.Criterion;
import org.uptake.procurement.selection.Selection;
import org.uptake.procurement.selection.SelectionDecisionForm;
import org.uptake.procurement.selection.SelectionDecisions;
import org.uptake.procurement.selection.SelectionForm;
import org.uptake.procurement.selection.SelectionService;
import org.uptake.procurement.selection.Vendor;
import org.uptake.procurement.selection.VendorForm;
import org.uptake.procurement.selection.VendorService;
import org.uptake.shared.CurrentActor;

@Tag(name = "Vendor selection", description = "A program's vendor selections: procurement plan, criteria with weights "
        + "totalling 100 %, vendors with cost components (minor units), decision with sign-off, commitments")
@RestController
@RequestMapping("/api/v1/programs/{programId}/selections")
class SelectionApiController {

    private final SelectionService selections;
    private final VendorService vendors;
    private final SelectionDecisions decisions;

    SelectionApiController(SelectionService selections, VendorService vendors, SelectionDecisions decisions) {
        this.selections = selections;
        this.vendors = vendors;
        this.decisions = decisions;
    }

    @GetMapping
    List<Selection> list(@PathVariable long programId) {
        return selections.list(CurrentActor.get(), programId);
    }

    @PostMapping
    @Operation(summary = "Starts a selection; criteriaSet CRM (the six questions of choosing a CRM, default) or BASIC (price 40 : quality 60)")
    ResponseEntity<Selection> create(@PathVariable long programId, @Valid @RequestBody SelectionForm form) {
        Selection s = selections.create(CurrentActor.get(), programId, form);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + programId + "/selections/" + s.id())).body(s);
    }

    @GetMapping("/{selectionId}")
    Selection get(@PathVariable long programId, @PathVariable long selectionId) {
        return selections.get(CurrentActor.get(), programId, selectionId);
    }

    @PutMapping("/{selectionId}")
    @Operation(summary = "Changes the title, purpose, currency (only while there are no vendors) and the procurement plan")
    Selection update(@PathVariable long programId, @PathVariable long selectionId, @Valid @RequestBody SelectionForm form) {
        return selections.update(CurrentActor.get(), programId, selectionId, form);
    }

    @GetMapping("/{selectionId}/criteria")
    List<Criterion> criteria(@PathVariable long programId, @PathVariable long selectionId) {
        return selections.criteria(CurrentActor.get(), programId, selectionId);
    }

    @PutMapping("/{selectionId}/criteria")
    @Operation(summary = "Replaces the criteria set: weights in whole percent must total 100, exactly one PRICE criterion; "
            + "after scoring only names and weights may change (the ranking is recalculated and audited)")
    List<Criterion> saveCriteria(@PathVariable long programId, @PathVariable long selectionId,
                                 @Valid @RequestBody CriteriaForm form) {
        return selections.saveCriteria(CurrentActor.get(), programId, selectionId, form);
    }

    @GetMapping("/{selectionId}/vendors")
    List<Vendor> vendors(@PathVariable long programId, @PathVariable long selectionId) {
        return vendors.list(CurrentActor.get(), programId, selectionId);
    }

    @PostMapping("/{selectionId}/vendors")
    ResponseEntity<Vendor> addVendor(@PathVariable long programId, @PathVariable long selectionId,
                                     @Valid @RequestBody VendorForm form) {
        Vendor v = vendors.create(CurrentActor.get(), programId, selectionId, form);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + programId + "/selections/" + selectionId
                + "/vendors/" + v.id())).body(v);
    }

    @GetMapping("/{selectionId}/vendors/{vendorId}")
    Vendor vendor(@PathVariable long programId, @PathVariable long selectionId, @PathVariable long vendorId) {
        return vendors.get(CurrentActor.get(), programId, selectionId, vendorId);
    }

    @PutMapping("/{selectionId}/vendors/{vendorId}")
    Vendor updateVendor(@PathVariable long programId, @PathVariable long selectionId, @PathVariable long vendorId,
                        @Valid @RequestBody VendorForm form) {
        return vendors.update(CurrentActor.get(), programId, selectionId, vendorId, form);
    }

    @DeleteMapping("/{selectionId}/vendors/{vendorId}")
    ResponseEntity<Void> deleteVendor(@PathVariable long programId, @PathVariable long selectionId, @PathVariable long vendorId,
                                      @RequestParam int version) {
        vendors.delete(CurrentActor.get(), programId, selectionId, vendorId, version);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{selectionId}/commitments")
    List<Commitment> commitments(@PathVariable long programId, @PathVariable long selectionId) {
        return vendors.commitments(CurrentActor.get(), programId, selectionId);
    }

    @PostMapping("/{selectionId}/vendors/{vendorId}/commitments")
    @Operation(summary = "Records a vendor's commitment; the chosen vendor's commitments become plan milestones once signed off")
    Commitment addCommitment(@PathVariable long programId, @PathVariable long selectionId, @PathVariable long vendorId,
                             @Valid @RequestBody CommitmentForm form) {
        return vendors.addCommitment(CurrentActor.get(), programId, selectionId, vendorId, form);
    }

    @PostMapping("/{selectionId}/decision")
    @Operation(summary = "Records the decision (a shortlisted vendor, the rationale) once every evaluator has submitted, "
            + "and asks the approvers to sign it off")
    Selection decide(@PathVariable long programId, @PathVariable long selectionId,
                     @Valid @RequestBody SelectionDecisionForm form) {
        return decisions.decide(CurrentActor.get(), programId, selectionId, form);
    }
}
