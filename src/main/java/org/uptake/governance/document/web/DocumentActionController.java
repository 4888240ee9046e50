package org.uptake.governance.document.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.governance.acknowledgement.AcknowledgementRequest;
import org.uptake.governance.acknowledgement.AcknowledgementService;
import org.uptake.governance.document.DocumentLifecycle;
import org.uptake.governance.document.LifecycleForm;
import org.uptake.governance.web.PageChange;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.NotFoundException;

/** The buttons of a document's page: lifecycle steps, the signed original, sending for and giving acknowledgements. */
@Controller
@RequestMapping("/documents/{id}")
class DocumentActionController {

    private final DocumentLifecycle lifecycle;
    private final AcknowledgementService acknowledgements;
    private final PageChange change;

    DocumentActionController(DocumentLifecycle lifecycle, AcknowledgementService acknowledgements, PageChange change) {
        this.lifecycle = lifecycle;
        this.acknowledgements = acknowledgements;
        this.change = change;
    }

    @PostMapping("/lifecycle/{step}")
    String step(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) Long approverPersonId,
                @RequestParam(required = false) String number,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                @RequestParam(required = false) String reason, @RequestParam int version, RedirectAttributes flash) {
        Actor actor = CurrentActor.get();
        LifecycleForm form = new LifecycleForm(approverPersonId == null ? List.of() : List.of(approverPersonId), number, date,
                reason, version);
        return change.run(flash, back(id), "governance.done." + step, () -> {
            change.check(form);
            switch (step) {
                case "sign-off" -> lifecycle.sendForSignOff(actor, id, form);
                case "register" -> lifecycle.register(actor, id, form);
                case "in-force" -> lifecycle.putInForce(actor, id, form);
                case "revise" -> lifecycle.revise(actor, id, form);
                case "cancel" -> lifecycle.cancel(actor, id, form);
                default -> throw new NotFoundException("step", step);
            }
            return null;
        });
    }

    @PostMapping("/signed-copy")
    String signedCopy(@PathVariable long id, @RequestParam("file") MultipartFile file, @RequestParam int version,
                      RedirectAttributes flash) throws IOException {
        byte[] content = file.getBytes();
        return change.run(flash, back(id), "governance.done.signedCopy", () -> {
            lifecycle.attachSigned(CurrentActor.get(), id, file.getOriginalFilename(), file.getContentType(), content, version);
            return null;
        });
    }

    @PostMapping("/acknowledge")
    String acknowledge(@PathVariable long id, @RequestParam int revision, RedirectAttributes flash) {
        return change.run(flash, back(id), "governance.done.acknowledged", () -> {
            acknowledgements.acknowledge(CurrentActor.get(), id, revision);
            return null;
        });
    }

    @PostMapping("/acknowledgements")
    String send(@PathVariable long id, @RequestParam(required = false) Long personId, @RequestParam(required = false) Long groupId,
                @RequestParam(required = false) Long unitId,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
                RedirectAttributes flash) {
        AcknowledgementRequest request = new AcknowledgementRequest(personId == null ? List.of() : List.of(personId), groupId,
                unitId, dueOn);
        return change.run(flash, back(id), "governance.done.sent", () -> {
            acknowledgements.request(CurrentActor.get(), id, request);
            return null;
        });
    }

    @PostMapping("/acknowledgements/{personId}/paper")
    String paper(@PathVariable long id, @PathVariable long personId, @RequestParam("file") MultipartFile file,
                 RedirectAttributes flash) throws IOException {
        byte[] content = file.getBytes();
        return change.run(flash, back(id), "governance.done.paper", () -> {
            acknowledgements.recordPaper(CurrentActor.get(), id, personId, file.getOriginalFilename(), file.getContentType(),
                    content);
            return null;
        });
    }

    private static String back(long id) {
        return "/documents/" + id;
    }
}
