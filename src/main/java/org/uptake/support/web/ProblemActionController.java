package org.uptake.support.web;

import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.support.MergeForm;
import org.uptake.support.NoteForm;
import org.uptake.support.ProblemStatus;
import org.uptake.support.ProblemWorkflow;
import org.uptake.support.StatusForm;

/**
 * The buttons of a problem's page: move it, comment or answer, merge it into another, attach a file.
 * A refused action re-shows the page with the reason and changes nothing.
 */
@Controller
@RequestMapping("/problems/{id}")
class ProblemActionController {

    private final ProblemWorkflow workflow;
    private final ProblemShowModel show;

    ProblemActionController(ProblemWorkflow workflow, ProblemShowModel show) {
        this.workflow = workflow;
        this.show = show;
    }

    @PostMapping("/status")
    String move(@PathVariable long id, @RequestParam(required = false) ProblemStatus status,
                @RequestParam(required = false) String text, @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        return attempt(actor, id, model, () -> {
            if (status == null) {
                throw new InvalidInputException("status", "NotNull");
            }
            if (text != null && text.length() > 8000) {
                throw new InvalidInputException("text", "support.error.textTooLong", 8000);
            }
            workflow.move(actor, id, new StatusForm(status, text, version));
        });
    }

    @PostMapping("/notes")
    String comment(@PathVariable long id, @RequestParam(required = false) String body, Model model) {
        Actor actor = CurrentActor.get();
        return attempt(actor, id, model, () -> {
            if (body == null || body.isBlank()) {
                throw new InvalidInputException("body", "support.error.noteEmpty");
            }
            if (body.length() > 8000) {
                throw new InvalidInputException("body", "support.error.textTooLong", 8000);
            }
            workflow.comment(actor, id, new NoteForm(body));
        });
    }

    @PostMapping("/merge")
    String merge(@PathVariable long id, @RequestParam(required = false) Long intoId, @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        return attempt(actor, id, model, () -> {
            if (intoId == null) {
                throw new InvalidInputException("intoId", "support.error.mergeUnknown");
            }
            workflow.merge(actor, id, new MergeForm(intoId, version));
        });
    }

    @PostMapping("/attachments")
    String attach(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model) {
        Actor actor = CurrentActor.get();
        return attempt(actor, id, model, () -> {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "support.error.fileEmpty");
            }
            try {
                workflow.attach(actor, id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
            } catch (IOException e) {
                throw new InvalidInputException("file", "error.badUpload");
            }
        });
    }

    private String attempt(Actor actor, long id, Model model, Runnable action) {
        try {
            action.run();
            return "redirect:/problems/" + id;
        } catch (InvalidInputException e) {
            show.fill(actor, id, model, e.violations());
        } catch (StaleVersionException e) {
            show.fill(actor, id, model, List.of(Violation.of(null, "error.stale")));
        }
        return ProblemShowModel.TEMPLATE;
    }
}
