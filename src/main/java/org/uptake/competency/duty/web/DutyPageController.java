package org.uptake.competency.duty.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.competency.duty.DutyDocument;
import org.uptake.competency.duty.DutyService;
import org.uptake.competency.duty.FunctionsForm;
import org.uptake.competency.duty.IssueForm;
import org.uptake.competency.duty.JobDuties;
import org.uptake.competency.duty.JobDuty;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.web.FormErrors;

/** The job duties page of a position: the generated table, its warnings, revisions, changes and exports. */
@Controller
@RequestMapping("/positions/{id}/duties")
class DutyPageController {

    private static final String PAGE = "competency/duties";

    private final DutyService duties;
    private final DutyDocument documents;
    DutyPageController(DutyService duties, DutyDocument documents) {
        this.duties = duties;
        this.documents = documents;
    }

    @GetMapping
    String show(@PathVariable long id, Model model) {
        showModel(CurrentActor.get(), id, model);
        return PAGE;
    }

    @PostMapping("/issue")
    String issue(@PathVariable long id, @RequestParam int version,
                 @RequestParam(required = false) List<Long> approverPersonIds, Model model) {
        Actor actor = CurrentActor.get();
        try {
            var form = new IssueForm();
            form.setVersion(version);
            form.setApproverPersonIds(approverPersonIds);
            duties.issue(actor, id, form);
            return "redirect:/positions/" + id + "/duties";
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        } catch (StaleVersionException e) {
            model.addAttribute("violations", List.of(Violation.of(null, "error.stale")));
        }
        showModel(actor, id, model);
        return PAGE;
    }

    @GetMapping("/functions/{processId}/edit")
    String editFunctions(@PathVariable long id, @PathVariable long processId, Model model) {
        Actor actor = CurrentActor.get();
        JobDuty row = row(actor, id, processId);
        if (!duties.mayEditFunctions(actor, processId)) {
            throw new org.uptake.shared.error.ForbiddenException("edit functions");
        }
        var form = new FunctionsForm();
        form.setFunctions(row.functions());
        form.setVersion(row.functionsVersion() == null ? 0 : row.functionsVersion());
        model.addAttribute("positionId", id);
        model.addAttribute("row", row);
        model.addAttribute("form", form);
        return "competency/duties :: functionsForm";
    }

    @PostMapping("/functions/{processId}")
    String saveFunctions(@PathVariable long id, @PathVariable long processId,
                         @Valid @ModelAttribute("form") FunctionsForm form, BindingResult binding, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("positionId", id);
        model.addAttribute("mayEdit", true);
        if (!binding.hasErrors()) {
            try {
                model.addAttribute("row", duties.editFunctions(actor, id, processId, form));
                return "competency/duties :: functionsCell";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            } catch (StaleVersionException e) {
                binding.reject("error.stale");
            }
        }
        model.addAttribute("row", row(actor, id, processId));
        return "competency/duties :: functionsForm";
    }

    @PostMapping("/changes/{changeId}/training-need")
    String raise(@PathVariable long id, @PathVariable long changeId, @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            model.addAttribute("raised", duties.raiseTrainingNeed(actor, changeId, version));
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        } catch (StaleVersionException e) {
            model.addAttribute("violations", List.of(Violation.of(null, "error.stale")));
        }
        showModel(actor, id, model);
        return PAGE;
    }

    @GetMapping("/revisions/{revision}")
    String revision(@PathVariable long id, @PathVariable int revision, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("duties", duties.duties(actor, id));
        model.addAttribute("revision", duties.revision(actor, id, revision));
        model.addAttribute("rows", duties.revisionRows(actor, id, revision));
        return "competency/duties-revision";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(defaultValue = "pdf") String format,
                                  @RequestParam(required = false) Integer revision, Locale locale) {
        Actor actor = CurrentActor.get();
        JobDuties current = duties.duties(actor, id);
        var rows = revision == null ? current.rows() : duties.revisionRows(actor, id, revision);
        return documents.download(documents.doc(current.positionTitle(), rows, revision, locale), format, locale);
    }

    private JobDuty row(Actor actor, long id, long processId) {
        return duties.duties(actor, id).rows().stream().filter(r -> r.processId() == processId).findFirst()
                .orElseThrow(() -> new org.uptake.shared.error.NotFoundException("process", processId));
    }

    private void showModel(Actor actor, long id, Model model) {
        JobDuties d = duties.duties(actor, id);
        model.addAttribute("duties", d);
        model.addAttribute("diff", duties.diff(actor, id));
        model.addAttribute("changes", duties.changes(actor, id));
        model.addAttribute("revisions", duties.revisions(actor, id));
        model.addAttribute("mayIssue", duties.mayIssue(actor));
        model.addAttribute("mayRaise", duties.mayRaiseTraining(actor));
        model.addAttribute("editable", duties.editableProcesses(actor, d));
        model.addAttribute("history", duties.history(actor, id));
    }
}
