package org.uptake.support.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.shared.CurrentActor;
import org.uptake.support.faq.FaqEntry;
import org.uptake.support.faq.FaqForm;
import org.uptake.support.faq.FaqService;
import org.uptake.support.sla.SlaForm;
import org.uptake.support.sla.SlaPolicy;
import org.uptake.support.sla.SlaService;
import org.uptake.support.trend.TrendService;
import org.uptake.support.trend.Trends;

@Tag(name = "Problem log settings and trends", description = "SLA by severity, the FAQ, trends per week, type and unit")
@RestController
class SupportApiController {

    private final SlaService sla;
    private final FaqService faq;
    private final TrendService trends;

    SupportApiController(SlaService sla, FaqService faq, TrendService trends) {
        this.sla = sla;
        this.faq = faq;
        this.trends = trends;
    }

    @GetMapping("/api/v1/problems/trends")
    @Operation(summary = "Reported per week and type, reported vs resolved per week, top units, share resolved within SLA")
    Trends trends(@RequestParam(required = false) Long programId, @RequestParam(defaultValue = "12") int weeks) {
        return trends.trends(CurrentActor.get(), programId, weeks);
    }

    @GetMapping("/api/v1/problems/sla")
    @Operation(summary = "The SLA hours by severity of the organisation, or of a program (inherited when it has none)")
    SlaPolicy sla(@RequestParam(required = false) Long programId) {
        return sla.policy(CurrentActor.get(), programId);
    }

    @PutMapping("/api/v1/problems/sla")
    @Operation(summary = "Sets the SLA hours; version 0 for the first policy of its scope. New problems are timed by it")
    SlaPolicy saveSla(@RequestParam(required = false) Long programId, @Valid @RequestBody SlaForm form) {
        return sla.save(CurrentActor.get(), programId, form);
    }

    @GetMapping("/api/v1/faq")
    @Operation(summary = "FAQ entries, most used first (drafts only for coordinators and admins)")
    List<FaqEntry> faq(@RequestParam(defaultValue = "50") int size) {
        return faq.list(CurrentActor.get(), size);
    }

    @PostMapping("/api/v1/faq")
    ResponseEntity<FaqEntry> createFaq(@Valid @RequestBody FaqForm form) {
        FaqEntry created = faq.create(CurrentActor.get(), form);
        return ResponseEntity.created(URI.create("/api/v1/faq/" + created.id())).body(created);
    }

    @PutMapping("/api/v1/faq/{id}")
    FaqEntry updateFaq(@PathVariable long id, @Valid @RequestBody FaqForm form) {
        return faq.update(CurrentActor.get(), id, form);
    }

    @PostMapping("/api/v1/problems/{id}/faq")
    @Operation(summary = "Promotes a resolved problem's answer to an FAQ entry; the problem and its duplicates point at it")
    ResponseEntity<FaqEntry> promote(@PathVariable long id, @Valid @RequestBody FaqForm form) {
        FaqEntry created = faq.promote(CurrentActor.get(), id, form);
        return ResponseEntity.created(URI.create("/api/v1/faq/" + created.id())).body(created);
    }
}
