package org.uptake.process.spec.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.uptake.org.person.EmploymentStatus;
import org.uptake.org.person.PersonFilter;
import org.uptake.org.person.PersonService;
import org.uptake.process.catalog.Process;
import org.uptake.process.catalog.ProcessPagePanel;
import org.uptake.process.catalog.ProcessService;
import org.uptake.process.spec.Specification;
import org.uptake.process.spec.SpecificationService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.paging.PageRequest;

/**
 * Renders a process's page and answers the section forms on it: a change that succeeds shows the
 * refreshed specification (htmx) or comes back to the page (plain form); a refused one shows its
 * reasons at the section, with what the user typed kept in the form.
 */
@Component
class SpecificationPage {

    private final SpecificationService specs;
    private final ProcessService processes;
    private final PersonService people;
    private final AuditLog audit;
    private final List<ProcessPagePanel> panels;
    private final MessageSource messages;

    SpecificationPage(SpecificationService specs, ProcessService processes, PersonService people, AuditLog audit,
                      List<ProcessPagePanel> panels, MessageSource messages) {
        this.specs = specs;
        this.processes = processes;
        this.people = people;
        this.audit = audit;
        this.panels = panels.stream().sorted(Comparator.comparingInt(ProcessPagePanel::order)).toList();
        this.messages = messages;
    }

    static boolean isHtmx(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
    }

    /** The whole page, or only the specification when htmx asks for it. */
    String render(Actor actor, long id, Model model, HttpServletRequest request) {
        Specification spec = specs.get(actor, id);
        Process process = spec.process();
        model.addAttribute("spec", spec);
        model.addAttribute("mayEdit", processes.mayEdit(actor, process));
        model.addAttribute("mayShape", processes.mayShape(actor));
        if (isHtmx(request)) {
            return "process/show :: spec";
        }
        if (process.ownerPositionId() != null && people.mayList(actor)) {
            model.addAttribute("owners", people.list(actor, new PersonFilter(null, process.ownerPositionId(),
                    EmploymentStatus.ACTIVE), PageRequest.first(10)).items());
        }
        List<Map.Entry<String, Object>> shown = new ArrayList<>();
        for (ProcessPagePanel panel : panels) {
            Object data = panel.data(actor, process);
            if (data != null) {
                shown.add(Map.entry(panel.template(), data));
            }
        }
        model.addAttribute("panels", shown);
        model.addAttribute("history", audit.history(actor.organizationId(), ProcessService.ENTITY, id, 100));
        return "process/show";
    }

    /**
     * Runs one change of a section. {@code editing} names the row being edited ("goal-42"), so a refused
     * edit shows its form again rather than the plain row.
     */
    String apply(long id, String section, String editing, BindingResult binding, Consumer<Actor> change, Model model,
                 HttpServletRequest request) {
        Actor actor = CurrentActor.get();
        List<String> errors = new ArrayList<>();
        if (binding != null && binding.hasErrors()) {
            binding.getAllErrors().forEach(e -> errors.add(messages.getMessage(e, LocaleContextHolder.getLocale())));
        } else {
            try {
                change.accept(actor);
                if (!isHtmx(request)) {
                    return "redirect:/processes/" + id + "#" + section;
                }
                model.asMap().remove("draft");
                return render(actor, id, model, request);
            } catch (InvalidInputException e) {
                e.violations().forEach(v -> errors.add(message(v.code(), v.args().toArray())));
            } catch (StaleVersionException e) {
                errors.add(message("error.stale"));
            }
        }
        model.addAttribute("errorSection", section);
        model.addAttribute("sectionErrors", errors);
        model.addAttribute("editing", editing);
        return render(actor, id, model, request);
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
