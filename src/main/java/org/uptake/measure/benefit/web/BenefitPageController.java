package org.uptake.measure.benefit.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.measure.KpiService;
import org.uptake.measure.benefit.BenefitForm;
import org.uptake.measure.benefit.BenefitService;
import org.uptake.measure.benefit.BenefitStatus;
import org.uptake.measure.benefit.RealisationCurve;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.paging.PageRequest;
import tools.jackson.databind.json.JsonMapper;

/** The benefits tab (the register and a new benefit) and a benefit's page (realisation curve, realisations, edit, history). */
@Controller
@RequestMapping("/programs/{programId}/benefits")
class BenefitPageController {

    private final ProgramService programs;
    private final BenefitService benefits;
    private final KpiService kpis;
    private final AuditLog audit;
    private final JsonMapper json;
    private final MessageSource messages;

    BenefitPageController(ProgramService programs, BenefitService benefits, KpiService kpis, AuditLog audit, JsonMapper json,
                          MessageSource messages) {
        this.programs = programs;
        this.benefits = benefits;
        this.kpis = kpis;
        this.audit = audit;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping
    String register(@PathVariable long programId, @RequestParam(required = false) String after, Model model) {
        registerModel(CurrentActor.get(), programId, after, model);
        return "measure/benefits";
    }

    private void registerModel(Actor actor, long programId, String after, Model model) {
        ProgramAccess access = programs.requireReader(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("edits", benefits.edits(actor, programId));
        model.addAttribute("page", benefits.list(actor, programId, new PageRequest(null, after, 50)));
        model.addAttribute("kpis", kpis.list(actor, programId, PageRequest.first(200)).items());
        model.addAttribute("statuses", BenefitStatus.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new BenefitForm());
        }
    }

    @PostMapping
    String create(@PathVariable long programId, BenefitForm form, Model model) {
        Actor actor = CurrentActor.get();
        try {
            var created = benefits.create(actor, programId, form);
            return "redirect:/programs/" + programId + "/benefits/" + created.id();
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
            model.addAttribute("form", form);
            registerModel(actor, programId, null, model);
            return "measure/benefits";
        }
    }

    @GetMapping("/{benefitId}")
    String show(@PathVariable long programId, @PathVariable long benefitId, Model model) {
        return page(CurrentActor.get(), programId, benefitId, model);
    }

    private String page(Actor actor, long programId, long benefitId, Model model) {
        ProgramAccess access = programs.requireReader(actor, programId);
        var benefit = benefits.get(actor, programId, benefitId);
        model.addAttribute("program", access.program());
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("benefit", benefit);
        model.addAttribute("edits", benefits.edits(actor, programId));
        model.addAttribute("records", benefits.records(actor, benefit));
        model.addAttribute("realisations", benefits.realisations(actor, programId, benefitId));
        model.addAttribute("chart", json.writeValueAsString(chart(benefits.curve(actor, programId, benefitId), benefit.unitOfMeasure())));
        model.addAttribute("kpis", kpis.list(actor, programId, PageRequest.first(200)).items());
        model.addAttribute("statuses", BenefitStatus.values());
        model.addAttribute("today", LocalDate.now());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", BenefitForm.of(benefit));
        }
        model.addAttribute("history", audit.history(actor.organizationId(), BenefitService.ENTITY, benefitId, 50));
        return "measure/benefit";
    }

    private Map<String, Object> chart(RealisationCurve curve, String unit) {
        var locale = LocaleContextHolder.getLocale();
        var chart = new LinkedHashMap<String, Object>();
        chart.put("x", curve.months());
        chart.put("unit", unit);
        chart.put("series", List.of(
                Map.of("name", messages.getMessage("benefit.curve.expected", null, locale), "data", curve.expected(), "dashed", true),
                Map.of("name", messages.getMessage("benefit.curve.realised", null, locale), "data", curve.realised(), "area", true)));
        return chart;
    }

    @PostMapping("/{benefitId}")
    String update(@PathVariable long programId, @PathVariable long benefitId, BenefitForm form, Model model) {
        Actor actor = CurrentActor.get();
        try {
            benefits.update(actor, programId, benefitId, form);
            return "redirect:/programs/" + programId + "/benefits/" + benefitId;
        } catch (InvalidInputException | StaleVersionException e) {
            model.addAttribute("form", form);
            return refused(actor, programId, benefitId, model, e);
        }
    }

    @PostMapping("/{benefitId}/realisations")
    String realise(@PathVariable long programId, @PathVariable long benefitId, @RequestParam(required = false) LocalDate realisedOn,
                   @RequestParam(required = false) BigDecimal amount, @RequestParam(required = false) String note, Model model) {
        Actor actor = CurrentActor.get();
        try {
            benefits.realise(actor, programId, benefitId, realisedOn, amount, note);
            return "redirect:/programs/" + programId + "/benefits/" + benefitId;
        } catch (InvalidInputException e) {
            return refused(actor, programId, benefitId, model, e);
        }
    }

    @PostMapping("/{benefitId}/delete")
    String delete(@PathVariable long programId, @PathVariable long benefitId, @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            benefits.delete(actor, programId, benefitId, version);
            return "redirect:/programs/" + programId + "/benefits";
        } catch (StaleVersionException e) {
            return refused(actor, programId, benefitId, model, e);
        }
    }

    private String refused(Actor actor, long programId, long benefitId, Model model, RuntimeException e) {
        model.addAttribute("violations", e instanceof InvalidInputException invalid ? invalid.violations()
                : List.of(Violation.of(null, "error.stale")));
        return page(actor, programId, benefitId, model);
    }
}
