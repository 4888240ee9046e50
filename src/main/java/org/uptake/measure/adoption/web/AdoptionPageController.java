package org.uptake.measure.adoption.web;

import java.util.ArrayList;
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
import org.uptake.measure.adoption.AdoptionFigures;
import org.uptake.measure.adoption.AdoptionService;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import tools.jackson.databind.json.JsonMapper;

/** The adoption tab: the curve, adoption per wave and unit, the active window, and (for editors) the last batches. */
@Controller
@RequestMapping("/programs/{programId}/adoption")
class AdoptionPageController {

    private final ProgramService programs;
    private final AdoptionService adoption;
    private final JsonMapper json;
    private final MessageSource messages;

    AdoptionPageController(ProgramService programs, AdoptionService adoption, JsonMapper json, MessageSource messages) {
        this.programs = programs;
        this.adoption = adoption;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping
    String show(@PathVariable long programId, @RequestParam(defaultValue = "60") int days, Model model) {
        model.addAttribute("days", days);
        return page(CurrentActor.get(), programId, model);
    }

    private String page(Actor actor, long programId, Model model) {
        ProgramAccess access = programs.requireReader(actor, programId);
        int days = model.getAttribute("days") instanceof Integer d ? d : 60;
        AdoptionFigures figures = adoption.figures(actor, programId, days);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("figures", figures);
        model.addAttribute("chart", json.writeValueAsString(chart(figures)));
        model.addAttribute("settingsVersion", adoption.settingsVersion(actor, programId));
        model.addAttribute("batches", access.edits() ? adoption.batches(actor, programId) : List.of());
        model.addAttribute("maxEvents", adoption.maxEvents());
        return "measure/adoption";
    }

    private Map<String, Object> chart(AdoptionFigures f) {
        var locale = LocaleContextHolder.getLocale();
        List<String> x = new ArrayList<>();
        List<Double> pct = new ArrayList<>();
        List<Integer> active = new ArrayList<>();
        List<Integer> scope = new ArrayList<>();
        for (AdoptionFigures.Day d : f.days()) {
            x.add(d.day().toString());
            pct.add(d.percent());
            active.add(d.active());
            scope.add(d.scope());
        }
        var chart = new LinkedHashMap<String, Object>();
        chart.put("x", x);
        chart.put("unit", "%");
        chart.put("min", 0);
        chart.put("max", 100);
        List<Map<String, Object>> series = new ArrayList<>();
        series.add(Map.of("name", messages.getMessage("adoption.chart.percent", null, locale), "data", pct, "area", true));
        f.waveCurves().forEach(w -> series.add(Map.of("name", w.name(), "data", w.percent(), "dashed", true)));
        chart.put("series", series);
        chart.put("active", active);
        chart.put("scope", scope);
        return chart;
    }

    @PostMapping("/settings")
    String settings(@PathVariable long programId, @RequestParam(required = false) Integer activeDays, @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            adoption.setActiveDays(actor, programId, activeDays, version);
            return "redirect:/programs/" + programId + "/adoption";
        } catch (InvalidInputException | StaleVersionException e) {
            model.addAttribute("violations", e instanceof InvalidInputException i ? i.violations() : List.of(Violation.of(null, "error.stale")));
            return page(actor, programId, model);
        }
    }
}
