package org.uptake.measure.benefit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
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
import org.uptake.measure.benefit.Benefit;
import org.uptake.measure.benefit.BenefitForm;
import org.uptake.measure.benefit.BenefitService;
import org.uptake.measure.benefit.Realisation;
import org.uptake.measure.benefit.RealisationCurve;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

@Tag(name = "Benefits", description = "A program's benefits register: owner, linked KPIs, expected value, dates, status, realisation curve")
@RestController
@RequestMapping("/api/v1/programs/{programId}/benefits")
class BenefitApiController {

    private final BenefitService benefits;

    BenefitApiController(BenefitService benefits) {
        this.benefits = benefits;
    }

    @GetMapping
    @Operation(summary = "Benefits by realisation due date; follow `next`")
    Slice<Benefit> list(@PathVariable long programId, @RequestParam(required = false) String after,
                        @RequestParam(defaultValue = "50") int size) {
        return benefits.list(CurrentActor.get(), programId, new PageRequest(null, after, size));
    }

    @PostMapping
    ResponseEntity<Benefit> create(@PathVariable long programId, @Valid @RequestBody BenefitForm form) {
        Benefit b = benefits.create(CurrentActor.get(), programId, form);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + programId + "/benefits/" + b.id())).body(b);
    }

    @GetMapping("/{benefitId}")
    Benefit get(@PathVariable long programId, @PathVariable long benefitId) {
        return benefits.get(CurrentActor.get(), programId, benefitId);
    }

    @PutMapping("/{benefitId}")
    @Operation(summary = "Changes a benefit (after the handover: the program's line owner); a stale version is a 409")
    Benefit update(@PathVariable long programId, @PathVariable long benefitId, @Valid @RequestBody BenefitForm form) {
        return benefits.update(CurrentActor.get(), programId, benefitId, form);
    }

    @DeleteMapping("/{benefitId}")
    ResponseEntity<Void> delete(@PathVariable long programId, @PathVariable long benefitId, @RequestParam int version) {
        benefits.delete(CurrentActor.get(), programId, benefitId, version);
        return ResponseEntity.noContent().build();
    }

    /** An amount realised on a date. */
    record RealisationForm(LocalDate realisedOn, BigDecimal amount, String note) {
    }

    @GetMapping("/{benefitId}/realisations")
    List<Realisation> realisations(@PathVariable long programId, @PathVariable long benefitId) {
        return benefits.realisations(CurrentActor.get(), programId, benefitId);
    }

    @PostMapping("/{benefitId}/realisations")
    @Operation(summary = "Records an amount realised (the register's editors or the benefit's owner)")
    ResponseEntity<Realisation> realise(@PathVariable long programId, @PathVariable long benefitId, @RequestBody RealisationForm form) {
        Realisation r = benefits.realise(CurrentActor.get(), programId, benefitId, form.realisedOn(), form.amount(), form.note());
        return ResponseEntity.created(URI.create("/api/v1/programs/" + programId + "/benefits/" + benefitId + "/realisations")).body(r);
    }

    @GetMapping("/{benefitId}/curve")
    @Operation(summary = "The realisation curve per month: expected (straight line to the due date) and realised, both cumulative")
    RealisationCurve curve(@PathVariable long programId, @PathVariable long benefitId) {
        return benefits.curve(CurrentActor.get(), programId, benefitId);
    }
}
