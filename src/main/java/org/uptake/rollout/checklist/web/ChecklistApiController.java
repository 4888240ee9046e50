package org.uptake.rollout.checklist.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.uptake.rollout.checklist.BulkMark;
import org.uptake.rollout.checklist.Category;
import org.uptake.rollout.checklist.ChecklistItem;
import org.uptake.rollout.checklist.ChecklistService;
import org.uptake.rollout.checklist.ChecklistSummary;
import org.uptake.rollout.checklist.ItemForm;
import org.uptake.rollout.checklist.ItemStatus;
import org.uptake.rollout.checklist.TemplateItem;
import org.uptake.rollout.checklist.TemplateItemForm;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

@Tag(name = "Unit checklists", description = "Infrastructure and access checklists per wave unit, generated from the program's template")
@RestController
@RequestMapping("/api/v1/programs/{programId}")
class ChecklistApiController {

    private final ChecklistService checklists;

    ChecklistApiController(ChecklistService checklists) {
        this.checklists = checklists;
    }

    record UnitChecklist(ChecklistSummary summary, Slice<ChecklistItem> items) {
    }

    record Marked(int changed) {
    }

    @GetMapping("/checklist-template")
    List<TemplateItem> template(@PathVariable long programId) {
        return checklists.template(CurrentActor.get(), programId);
    }

    @PostMapping("/checklist-template/items")
    @Operation(summary = "Adds a template item; every unit in scope gets it (an access item once per person)")
    ResponseEntity<TemplateItem> addTemplateItem(@PathVariable long programId, @Valid @RequestBody TemplateItemForm form) {
        TemplateItem t = checklists.addTemplateItem(CurrentActor.get(), programId, form);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + programId + "/checklist-template/items/" + t.id())).body(t);
    }

    @PutMapping("/checklist-template/items/{itemId}")
    TemplateItem updateTemplateItem(@PathVariable long programId, @PathVariable long itemId, @Valid @RequestBody TemplateItemForm form) {
        return checklists.updateTemplateItem(CurrentActor.get(), programId, itemId, form);
    }

    @DeleteMapping("/checklist-template/items/{itemId}")
    @Operation(summary = "Deletes a template item and its items in units not yet live")
    ResponseEntity<Void> deleteTemplateItem(@PathVariable long programId, @PathVariable long itemId, @RequestParam int version) {
        checklists.deleteTemplateItem(CurrentActor.get(), programId, itemId, version);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/wave-units/{waveUnitId}/checklist")
    @Operation(summary = "A page of the unit's checklist (keyset: pass the answer's next as after)")
    UnitChecklist checklist(@PathVariable long programId, @PathVariable long waveUnitId,
                            @RequestParam(required = false) Category category, @RequestParam(required = false) ItemStatus status,
                            @RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
        var actor = CurrentActor.get();
        return new UnitChecklist(checklists.summary(actor, programId, waveUnitId),
                checklists.items(actor, programId, waveUnitId, category, status, new PageRequest(null, after, size)));
    }

    @GetMapping("/checklist-items/{itemId}")
    ChecklistItem item(@PathVariable long programId, @PathVariable long itemId) {
        return checklists.item(CurrentActor.get(), programId, itemId);
    }

    @PutMapping("/checklist-items/{itemId}")
    @Operation(summary = "Changes an item's owner, due date, status and evidence note (coordinators and the item's owner)")
    ChecklistItem update(@PathVariable long programId, @PathVariable long itemId, @Valid @RequestBody ItemForm form) {
        return checklists.update(CurrentActor.get(), programId, itemId, form);
    }

    @PostMapping(path = "/checklist-items/{itemId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attaches an evidence file (at most 10 MB; documents and images)")
    ChecklistItem attach(@PathVariable long programId, @PathVariable long itemId, @RequestParam MultipartFile file,
                         @RequestParam int version) throws IOException {
        return checklists.attach(CurrentActor.get(), programId, itemId, version, file.getOriginalFilename(), file.getContentType(),
                file.getBytes());
    }

    @GetMapping("/checklist-items/{itemId}/evidence")
    ResponseEntity<byte[]> evidence(@PathVariable long programId, @PathVariable long itemId) {
        var e = checklists.evidence(CurrentActor.get(), programId, itemId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(e.file().name(), StandardCharsets.UTF_8)
                        .build().toString())
                .contentType(MediaType.parseMediaType(e.file().contentType()))
                .header("X-Content-Type-Options", "nosniff").body(e.content());
    }

    record Snapshot(String snapshot) {
    }

    @GetMapping("/checklist-items/snapshot")
    @Operation(summary = "The token of a wave unit's (or a wave's) items as they are now, for marking all of them in bulk")
    Snapshot snapshot(@PathVariable long programId, @RequestParam(required = false) Long waveId,
                      @RequestParam(required = false) Long waveUnitId) {
        return new Snapshot(checklists.snapshot(CurrentActor.get(), programId, waveId, waveUnitId));
    }

    @PostMapping("/checklist-items/mark")
    @Operation(summary = "Marks many items at once: the listed ids at the versions seen, or every item of a wave or wave unit "
            + "(optionally one category) with the snapshot token seen; anything changed meanwhile answers 409 and changes nothing")
    Marked mark(@PathVariable long programId, @Valid @RequestBody BulkMark body) {
        return new Marked(checklists.mark(CurrentActor.get(), programId, body));
    }
}
