package org.uptake.support.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;
import org.uptake.support.MergeForm;
import org.uptake.support.NoteForm;
import org.uptake.support.Problem;
import org.uptake.support.ProblemAttachment;
import org.uptake.support.ProblemFilter;
import org.uptake.support.ProblemForm;
import org.uptake.support.ProblemRow;
import org.uptake.support.ProblemService;
import org.uptake.support.sla.ProblemSeverity;
import org.uptake.support.ProblemStatus;
import org.uptake.support.ProblemType;
import org.uptake.support.ProblemView;
import org.uptake.support.ProblemWorkflow;
import org.uptake.support.StatusForm;
import org.uptake.support.TriageForm;

@Tag(name = "Problems", description = "The problem log: report, triage, work, merge duplicates, attach files")
@RestController
@RequestMapping("/api/v1/problems")
class ProblemApiController {

    private final ProblemService problems;
    private final ProblemWorkflow workflow;

    ProblemApiController(ProblemService problems, ProblemWorkflow workflow) {
        this.problems = problems;
        this.workflow = workflow;
    }

    @GetMapping
    @Operation(summary = "Problems the caller may see, newest first; every filter optional; follow `next` for more")
    Slice<ProblemRow> list(@RequestParam(required = false) ProblemStatus status,
                           @RequestParam(required = false) ProblemType type,
                           @RequestParam(required = false) ProblemSeverity severity,
                           @RequestParam(required = false) Long unitId, @RequestParam(required = false) Long programId,
                           @RequestParam(required = false) Long ownerPersonId,
                           @RequestParam(defaultValue = "false") boolean open, @RequestParam(defaultValue = "false") boolean mine,
                           @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String q,
                           @RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
        return problems.list(CurrentActor.get(), new ProblemFilter(status, type, severity, unitId, programId, ownerPersonId,
                open, mine, overdue), new PageRequest(q, after, size));
    }

    @PostMapping
    @Operation(summary = "Reports a problem; unit and program default to the reporter's unit and the program rolling out there")
    ResponseEntity<Problem> report(@Valid @RequestBody ProblemForm form) {
        Problem created = problems.report(CurrentActor.get(), form);
        return ResponseEntity.created(URI.create("/api/v1/problems/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A problem with its conversation, attachments and merged duplicates")
    ProblemView get(@PathVariable long id) {
        return problems.view(CurrentActor.get(), id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Triage: type, severity (re-times the SLA), unit, program, owner, links to a pilot finding and a task")
    Problem triage(@PathVariable long id, @Valid @RequestBody TriageForm form) {
        return problems.triage(CurrentActor.get(), id, form);
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Moves the problem: IN_PROGRESS, WAITING_FOR_REPORTER (text = the question; the SLA clock stops), "
            + "RESOLVED (text = the resolution), CLOSED")
    Problem move(@PathVariable long id, @Valid @RequestBody StatusForm form) {
        return workflow.move(CurrentActor.get(), id, form);
    }

    @PostMapping("/{id}/notes")
    @Operation(summary = "A comment; from the reporter of a problem waiting for them it is the answer and restarts the clock")
    Problem comment(@PathVariable long id, @Valid @RequestBody NoteForm form) {
        return workflow.comment(CurrentActor.get(), id, form);
    }

    @PostMapping("/{id}/merge")
    @Operation(summary = "Marks the problem a duplicate of intoId")
    Problem merge(@PathVariable long id, @Valid @RequestBody MergeForm form) {
        return workflow.merge(CurrentActor.get(), id, form);
    }

    @PostMapping("/{id}/attachments")
    @Operation(summary = "Attaches a file (images, PDF, text, DOCX, XLSX; at most 10 MB and 10 files)")
    ResponseEntity<ProblemAttachment> attach(@PathVariable long id, @RequestParam(required = false) MultipartFile file)
            throws IOException {
        if (file == null) {
            throw new InvalidInputException("file", "support.error.fileEmpty");
        }
        ProblemAttachment a = workflow.attach(CurrentActor.get(), id, file.getOriginalFilename(), file.getContentType(),
                file.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/problems/" + id + "/attachments/" + a.id())).body(a);
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
        return Attachments.response(workflow.download(CurrentActor.get(), id, attachmentId));
    }
}
