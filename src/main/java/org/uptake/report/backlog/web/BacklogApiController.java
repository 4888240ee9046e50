package org.uptake.report.backlog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.uptake.report.backlog.BacklogForm;
import org.uptake.report.backlog.BacklogItem;
import org.uptake.report.backlog.BacklogService;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

@Tag(name = "Backlog", description = "A program's further-development backlog, fed from problems, feedback and by hand")
@RestController
@RequestMapping("/api/v1/programs/{programId}/backlog")
class BacklogApiController {

    private final BacklogService backlog;

    BacklogApiController(BacklogService backlog) {
        this.backlog = backlog;
    }

    @GetMapping
    @Operation(summary = "Backlog items, newest first; follow `next`")
    Slice<BacklogItem> list(@PathVariable long programId, @RequestParam(defaultValue = "false") boolean open,
                            @RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
        return backlog.list(CurrentActor.get(), programId, open, new PageRequest(null, after, size));
    }

    @PostMapping
    ResponseEntity<BacklogItem> create(@PathVariable long programId, @Valid @RequestBody BacklogForm form) {
        BacklogItem i = backlog.create(CurrentActor.get(), programId, form);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + programId + "/backlog/" + i.id())).body(i);
    }

    /** The problem to make an item from. */
    record FromProblem(Long problemId) {
    }

    @PostMapping("/from-problem")
    @Operation(summary = "Makes an item from a problem of the same program (once per problem)")
    ResponseEntity<BacklogItem> fromProblem(@PathVariable long programId, @RequestBody FromProblem form) {
        BacklogItem i = backlog.fromProblem(CurrentActor.get(), programId, form.problemId());
        return ResponseEntity.created(URI.create("/api/v1/programs/" + programId + "/backlog/" + i.id())).body(i);
    }

    @GetMapping("/{itemId}")
    BacklogItem get(@PathVariable long programId, @PathVariable long itemId) {
        return backlog.get(CurrentActor.get(), programId, itemId);
    }

    @PutMapping("/{itemId}")
    @Operation(summary = "Changes an item (title, description, priority, status); a stale version is a 409")
    BacklogItem update(@PathVariable long programId, @PathVariable long itemId, @Valid @RequestBody BacklogForm form) {
        return backlog.update(CurrentActor.get(), programId, itemId, form);
    }
}
