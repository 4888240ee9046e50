package org.uptake.governance.act.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.governance.act.ActRegisterService;
import org.uptake.governance.act.LegalActForm;
import org.uptake.governance.act.LocalActChangeForm;
import org.uptake.governance.document.DocumentInstanceService;
import org.uptake.governance.group.WorkingGroupService;
import org.uptake.governance.web.PageChange;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;

/** The program's governance tab: its groups and documents, and the registers of legal and local acts. */
@Controller
@RequestMapping("/programs/{programId}/governance")
class ActPageController {

    private final ActRegisterService acts;
    private final ProgramService programs;
    private final WorkingGroupService groups;
    private final DocumentInstanceService documents;
    private final PageChange change;

    ActPageController(ActRegisterService acts, ProgramService programs, WorkingGroupService groups,
                      DocumentInstanceService documents, PageChange change) {
        this.acts = acts;
        this.programs = programs;
        this.groups = groups;
        this.documents = documents;
        this.change = change;
    }

    @GetMapping
    String show(@PathVariable long programId, Model model) {
        Actor actor = CurrentActor.get();
        ProgramAccess access = acts.access(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("groups", groups.list(actor, PageRequest.first(50), programId).items());
        model.addAttribute("documents", documents.list(actor, PageRequest.first(50), programId, null).items());
        model.addAttribute("legalActs", acts.legalActs(actor, programId));
        model.addAttribute("localChanges", acts.localChanges(actor, programId));
        return "governance/program-tab";
    }

    @PostMapping("/legal-acts")
    String addLegal(@PathVariable long programId, @ModelAttribute LegalActForm form, RedirectAttributes flash) {
        return change.run(flash, back(programId), "governance.done.saved", () -> {
            acts.addLegalAct(CurrentActor.get(), programId, change.check(form));
            return null;
        });
    }

    @PostMapping("/local-act-changes")
    String addLocal(@PathVariable long programId, @ModelAttribute LocalActChangeForm form, RedirectAttributes flash) {
        return change.run(flash, back(programId), "governance.done.saved", () -> {
            acts.addLocalChange(CurrentActor.get(), programId, change.check(form));
            return null;
        });
    }

    @PostMapping("/local-act-changes/{id}/done")
    String done(@PathVariable long programId, @PathVariable long id, @RequestParam int version, RedirectAttributes flash) {
        return change.run(flash, back(programId), "governance.done.saved", () -> {
            acts.markDone(CurrentActor.get(), programId, id, version);
            return null;
        });
    }

    private static String back(long programId) {
        return "/programs/" + programId + "/governance";
    }
}
