package org.uptake.competency.duty.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.competency.duty.DutyChange;
import org.uptake.competency.duty.DutyDiff;
import org.uptake.competency.duty.DutyDocument;
import org.uptake.competency.duty.DutyRevision;
import org.uptake.competency.duty.DutyService;
import org.uptake.competency.duty.FunctionsForm;
import org.uptake.competency.duty.IssueForm;
import org.uptake.competency.duty.JobDuties;
import org.uptake.competency.duty.JobDuty;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;

@Tag(name = "Job duties", description = "Generated per position from every specification in which it is an executor")
@RestController
@RequestMapping("/api/v1/positions/{id}/duties")
class DutyApiController {

    private final DutyService duties;
    private final DutyDocument documents;

    DutyApiController(DutyService duties, DutyDocument documents) {
        this.duties = duties;
        this.documents = documents;
    }

    @GetMapping
    @Operation(summary = "The table process | functions | goals | results | indicators as generated now, with warnings")
    JobDuties get(@PathVariable long id) {
        return duties.duties(CurrentActor.get(), id);
    }

    @PutMapping("/functions/{processId}")
    @Operation(summary = "Refines what the position does in one process (version 0 for the first edit)")
    JobDuty functions(@PathVariable long id, @PathVariable long processId, @Valid @RequestBody FunctionsForm form) {
        return duties.editFunctions(CurrentActor.get(), id, processId, form);
    }

    @PostMapping("/revisions")
    @Operation(summary = "Freezes the duties into a revision and requests its sign-off; refused while a provisional executor is unresolved")
    ResponseEntity<DutyRevision> issue(@PathVariable long id, @Valid @RequestBody IssueForm form) {
        DutyRevision r = duties.issue(CurrentActor.get(), id, form);
        return ResponseEntity.created(URI.create("/api/v1/positions/" + id + "/duties/revisions/" + r.revision())).body(r);
    }

    @GetMapping("/revisions")
    List<DutyRevision> revisions(@PathVariable long id) {
        return duties.revisions(CurrentActor.get(), id);
    }

    @GetMapping("/revisions/{revision}")
    @Operation(summary = "The table exactly as that revision was issued")
    List<JobDuty> revision(@PathVariable long id, @PathVariable int revision) {
        return duties.revisionRows(CurrentActor.get(), id, revision);
    }

    @GetMapping("/diff")
    @Operation(summary = "Processes added, removed or changed since the latest approved (else issued) revision")
    DutyDiff diff(@PathVariable long id) {
        return duties.diff(CurrentActor.get(), id);
    }

    @GetMapping("/changes")
    @Operation(summary = "Specification changes that touched these duties, newest first")
    List<DutyChange> changes(@PathVariable long id) {
        return duties.changes(CurrentActor.get(), id);
    }

    @PostMapping("/changes/{changeId}/training-need")
    @Operation(summary = "Adds the change to the training plan of every holder of the position")
    Map<String, Integer> raise(@PathVariable long id, @PathVariable long changeId, @RequestParam int version) {
        return Map.of("plans", duties.raiseTrainingNeed(CurrentActor.get(), changeId, version));
    }

    @GetMapping("/export")
    @Operation(summary = "The duties as PDF or DOCX (format=pdf|docx); revision=N for an issued revision")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(defaultValue = "pdf") String format,
                                  @RequestParam(required = false) Integer revision) {
        Actor actor = CurrentActor.get();
        JobDuties current = duties.duties(actor, id);
        var rows = revision == null ? current.rows() : duties.revisionRows(actor, id, revision);
        return documents.download(documents.doc(current.positionTitle(), rows, revision, LocaleContextHolder.getLocale()),
                format, LocaleContextHolder.getLocale());
    }
}
