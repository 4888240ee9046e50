package org.uptake.program.playbook.web;

import java.io.IOException;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.uptake.program.playbook.Playbook;
import org.uptake.program.playbook.PlaybookEdit;
import org.uptake.program.playbook.PlaybookFormat;
import org.uptake.program.playbook.PlaybookFormat.FileType;
import org.uptake.program.playbook.PlaybookOrder;
import org.uptake.program.playbook.PlaybookService;
import org.uptake.program.playbook.PlaybookVersion;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;

/** Playbooks for admins and planners: the list, a version read like its seed, copy, create, import, export, edit, publish. */
@Controller
@RequestMapping("/playbooks")
class PlaybookPageController {

    private final PlaybookService playbooks;
    private final AuditLog audit;

    PlaybookPageController(PlaybookService playbooks, AuditLog audit) {
        this.playbooks = playbooks;
        this.audit = audit;
    }

    @GetMapping
    String list(Model model) {
        return listPage(CurrentActor.get(), model);
    }

    private String listPage(Actor actor, Model model) {
        model.addAttribute("playbooks", playbooks.list(actor));
        return "program/playbooks/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Integer version, Model model) {
        return showPage(CurrentActor.get(), id, version, model);
    }

    private String showPage(Actor actor, long id, Integer version, Model model) {
        Playbook p = playbooks.get(actor, id);
        model.addAttribute("playbook", p);
        if (p.usable()) {
            PlaybookVersion v = version == null ? playbooks.latest(actor, id) : playbooks.version(actor, id, version);
            model.addAttribute("shown", v);
            model.addAttribute("definition", v.definition());
            model.addAttribute("order", PlaybookOrder.of(v.definition()));
        }
        model.addAttribute("versions", playbooks.versions(actor, id));
        model.addAttribute("lang", actor.language());
        model.addAttribute("history", audit.history(actor.organizationId(), "playbook", id, 30));
        return "program/playbooks/show";
    }

    @GetMapping("/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(required = false) Integer version,
                                  @RequestParam(required = false) String format) {
        Playbook p = playbooks.get(CurrentActor.get(), id);
        FileType type = FileType.of(format);
        return PlaybookDownload.of(p, type, playbooks.exportBytes(CurrentActor.get(), id, version, type));
    }

    @PostMapping("/{id}/copy")
    String copy(@PathVariable long id, @RequestParam(required = false) String code, @RequestParam(required = false) String name,
                Model model) {
        Actor actor = CurrentActor.get();
        try {
            return "redirect:/playbooks/" + playbooks.copy(actor, id, code, name).id();
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
            return showPage(actor, id, null, model);
        }
    }

    @PostMapping
    String create(@RequestParam(required = false) String code, @RequestParam(required = false) String name, Model model) {
        Actor actor = CurrentActor.get();
        try {
            return "redirect:/playbooks/" + playbooks.create(actor, code, name).id() + "/edit";
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
            return listPage(actor, model);
        }
    }

    /** A refused file is explained on the list page; nothing is stored. */
    @PostMapping("/import")
    String importFile(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        Actor actor = CurrentActor.get();
        playbooks.requireEditor(actor);
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "playbook.error.empty");
            }
            if (file.getSize() > PlaybookFormat.MAX_BYTES) {
                throw new InvalidInputException("file", "playbook.error.tooLarge", PlaybookFormat.MAX_BYTES / 1024);
            }
            return "redirect:/playbooks/" + playbooks.importFile(actor, file.getBytes()).id();
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
            return listPage(actor, model);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        return editPage(CurrentActor.get(), id, null, model);
    }

    private String editPage(Actor actor, long id, String json, Model model) {
        playbooks.requireEditor(actor);
        Playbook p = playbooks.get(actor, id);
        if (p.builtIn()) {
            throw new InvalidInputException(null, "playbook.error.builtIn");
        }
        model.addAttribute("playbook", p);
        model.addAttribute("definition", playbooks.working(actor, id));
        model.addAttribute("json", json != null ? json : playbooks.exportWorking(actor, id));
        model.addAttribute("lang", actor.language());
        return "program/playbooks/edit";
    }

    @PostMapping("/{id}/edit")
    String saveEdits(@PathVariable long id, @ModelAttribute PlaybookEdit edit, Model model) {
        Actor actor = CurrentActor.get();
        try {
            playbooks.saveEdits(actor, id, edit);
            return "redirect:/playbooks/" + id + "/edit";
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        } catch (StaleVersionException e) {
            model.addAttribute("violations", List.of(Violation.of(null, "error.stale")));
        }
        return editPage(actor, id, null, model);
    }

    @PostMapping("/{id}/json")
    String saveJson(@PathVariable long id, @RequestParam(required = false) String json, @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            playbooks.saveDraftJson(actor, id, json, version);
            return "redirect:/playbooks/" + id + "/edit";
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        } catch (StaleVersionException e) {
            model.addAttribute("violations", List.of(Violation.of(null, "error.stale")));
        }
        return editPage(actor, id, json, model);
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String note, Model model) {
        Actor actor = CurrentActor.get();
        try {
            playbooks.publish(actor, id, version, note);
            return "redirect:/playbooks/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        } catch (StaleVersionException e) {
            model.addAttribute("violations", List.of(Violation.of(null, "error.stale")));
        }
        return editPage(actor, id, null, model);
    }

    @PostMapping("/{id}/discard")
    String discard(@PathVariable long id, @RequestParam int version) {
        playbooks.discardDraft(CurrentActor.get(), id, version);
        return "redirect:/playbooks/" + id;
    }
}
