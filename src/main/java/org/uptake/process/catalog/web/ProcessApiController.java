package org.uptake.process.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
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
import org.uptake.process.catalog.Process;
import org.uptake.process.catalog.ProcessFilter;
import org.uptake.process.catalog.ProcessForm;
import org.uptake.process.catalog.ProcessMoveForm;
import org.uptake.process.catalog.ProcessNode;
import org.uptake.process.catalog.ProcessRow;
import org.uptake.process.catalog.ProcessService;
import org.uptake.process.catalog.ProcessStatus;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

@Tag(name = "Processes", description = "The process catalog: a tree of levels 1-3 (seed 002 part A)")
@RestController
@RequestMapping("/api/v1/processes")
class ProcessApiController {

    private final ProcessService processes;

    ProcessApiController(ProcessService processes) {
        this.processes = processes;
    }

    @GetMapping
    @Operation(summary = "Processes by name, searched by name or code, filtered by level, status or owner position")
    Slice<ProcessRow> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer level,
                           @RequestParam(required = false) ProcessStatus status,
                           @RequestParam(required = false) Long ownerPositionId,
                           @RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
        return processes.list(CurrentActor.get(), new ProcessFilter(level, status, ownerPositionId),
                new PageRequest(q, after, size));
    }

    @GetMapping("/tree")
    @Operation(summary = "The whole tree, levels 1-3, with status and completeness of each specification")
    List<ProcessNode> tree() {
        return processes.fullTree(CurrentActor.get());
    }

    @GetMapping("/{id}")
    Process get(@PathVariable long id) {
        return processes.get(CurrentActor.get(), id);
    }

    @PostMapping
    @Operation(summary = "Creates a process under parentId (none: level 1); a fourth level is refused")
    ResponseEntity<Process> create(@Valid @RequestBody ProcessForm form) {
        Process created = processes.create(CurrentActor.get(), form);
        return ResponseEntity.created(URI.create("/api/v1/processes/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Changes name, code, description, content, benefit, flags and owner; parentId is ignored (use move)")
    Process update(@PathVariable long id, @Valid @RequestBody ProcessForm form) {
        return processes.update(CurrentActor.get(), id, form);
    }

    @PostMapping("/{id}/move")
    @Operation(summary = "Moves a process with its subtree; cycles and a fourth level are refused")
    Process move(@PathVariable long id, @RequestBody ProcessMoveForm form) {
        return processes.move(CurrentActor.get(), id, form.getParentId(), form.getVersion());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Deletes a process without sub-processes that supplies no other process")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam int version) {
        processes.delete(CurrentActor.get(), id, version);
        return ResponseEntity.noContent().build();
    }
}
