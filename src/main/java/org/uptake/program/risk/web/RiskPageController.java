package org.uptake.program.risk.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.program.risk.HeatMap;
import org.uptake.program.risk.RiskForm;
import org.uptake.program.risk.RiskService;
import org.uptake.program.risk.RiskStatus;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.paging.PageRequest;

/** The risks tab (heat map and register) and a risk's page (edit, linked tasks, history). */
@Controller
@RequestMapping("/programs/{programId}/risks")
class RiskPageController {

    private final ProgramService programs;
    private final RiskService risks;
    private final AuditLog audit;

    RiskPageController(ProgramService programs, RiskService risks, AuditLog audit) {
        this.programs = programs;
        this.risks = risks;
        this.audit = audit;
    }

    @GetMapping
    String register(@PathVariable long programId, @RequestParam(required = false) RiskStatus status,
                    @RequestParam(defaultValue = "false") boolean all, @RequestParam(required = false) Integer probability,
                    @RequestParam(required = false) Integer impact, @RequestParam(required = false) String after, Model model) {
        var filter = new RiskService.Filter(status, all, probability, impact);
        registerModel(CurrentActor.get(), programId, filter, after, model);
        return "program/views/risks";
    }

    private void registerModel(Actor actor, long programId, RiskService.Filter filter, String after, Model model) {
        ProgramAccess access = programs.requireReader(actor, programId);
        HeatMap heat = risks.heatMap(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", RiskStatus.values());
        model.addAttribute("heat", heat);
        model.addAttribute("heatCells", cellsJson(heat));
        model.addAttribute("page", risks.list(actor, programId, filter, new PageRequest(null, after, 50)));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RiskForm());
        }
    }

    /** The heat map's cells for the chart script, as a data attribute (the page runs no inline script). */
    static String cellsJson(HeatMap heat) {
        StringBuilder sb = new StringBuilder("[");
        for (int[] c : heat.cells()) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('[').append(c[0]).append(',').append(c[1]).append(',').append(c[2]).append(']');
        }
        return sb.append(']').toString();
    }

    @PostMapping
    String create(@PathVariable long programId, RiskForm form, Model model) {
        Actor actor = CurrentActor.get();
        try {
            var created = risks.create(actor, programId, form);
            return "redirect:/programs/" + programId + "/risks/" + created.id();
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
            model.addAttribute("form", form);
            registerModel(actor, programId, RiskService.Filter.ACTIVE, null, model);
            return "program/views/risks";
        }
    }

    @GetMapping("/{riskId}")
    String show(@PathVariable long programId, @PathVariable long riskId, Model model) {
        riskModel(CurrentActor.get(), programId, riskId, model);
        return "program/views/risk";
    }

    private void riskModel(Actor actor, long programId, long riskId, Model model) {
        ProgramAccess access = programs.requireReader(actor, programId);
        var risk = risks.get(actor, programId, riskId);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("risk", risk);
        model.addAttribute("statuses", RiskStatus.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", RiskForm.of(risk));
        }
        model.addAttribute("history", audit.history(actor.organizationId(), RiskService.ENTITY, riskId, 50));
    }

    @PostMapping("/{riskId}")
    String update(@PathVariable long programId, @PathVariable long riskId, RiskForm form, Model model) {
        Actor actor = CurrentActor.get();
        try {
            risks.update(actor, programId, riskId, form);
            return "redirect:/programs/" + programId + "/risks/" + riskId;
        } catch (InvalidInputException | StaleVersionException e) {
            model.addAttribute("form", form);
            return refused(actor, programId, riskId, model, e);
        }
    }

    @PostMapping("/{riskId}/tasks")
    String linkTask(@PathVariable long programId, @PathVariable long riskId, @RequestParam(required = false) Long taskId,
                    @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            if (taskId == null) {
                throw new InvalidInputException("taskIds", "risk.error.taskRequired");
            }
            risks.linkTask(actor, programId, riskId, taskId, version);
            return "redirect:/programs/" + programId + "/risks/" + riskId;
        } catch (InvalidInputException | StaleVersionException e) {
            return refused(actor, programId, riskId, model, e);
        }
    }

    @PostMapping("/{riskId}/delete")
    String delete(@PathVariable long programId, @PathVariable long riskId, @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            risks.delete(actor, programId, riskId, version);
            return "redirect:/programs/" + programId + "/risks";
        } catch (InvalidInputException | StaleVersionException e) {
            return refused(actor, programId, riskId, model, e);
        }
    }

    private String refused(Actor actor, long programId, long riskId, Model model, RuntimeException e) {
        model.addAttribute("violations", e instanceof InvalidInputException invalid ? invalid.violations()
                : List.of(Violation.of(null, "error.stale")));
        riskModel(actor, programId, riskId, model);
        return "program/views/risk";
    }
}
