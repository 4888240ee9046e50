package org.uptake.org.unit.web;

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
import org.uptake.org.unit.Unit;
import org.uptake.org.unit.UnitForm;
import org.uptake.org.unit.UnitMoveForm;
import org.uptake.org.unit.UnitNode;
import org.uptake.org.unit.UnitRow;
import org.uptake.org.unit.UnitService;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

@Tag(name = "Units", description = "The unit tree: departments, branches, teams… with their heads")
@RestController
@RequestMapping("/api/v1/units")
class UnitApiController {

    private final UnitService units;

    UnitApiController(UnitService units) {
        this.units = units;
    }

    @GetMapping
    @Operation(summary = "Units by name, searched by name or code; follow `next` for the following page")
    Slice<UnitRow> list(@RequestParam(required = false) String q, @RequestParam(required = false) String after,
                        @RequestParam(defaultValue = "50") int size) {
        return units.list(CurrentActor.get(), new PageRequest(q, after, size));
    }

    @GetMapping("/tree")
    @Operation(summary = "The whole tree with head counts (own people and the whole subtree)")
    List<UnitNode> tree() {
        return units.tree(CurrentActor.get());
    }

    @GetMapping("/{id}")
    Unit get(@PathVariable long id) {
        return units.get(CurrentActor.get(), id);
    }

    @PostMapping
    ResponseEntity<Unit> create(@Valid @RequestBody UnitForm form) {
        Unit created = units.create(CurrentActor.get(), form);
        return ResponseEntity.created(URI.create("/api/v1/units/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Changes a unit; a different parentId moves it with its subtree")
    Unit update(@PathVariable long id, @Valid @RequestBody UnitForm form) {
        return units.update(CurrentActor.get(), id, form);
    }

    @PostMapping("/{id}/move")
    @Operation(summary = "Moves a unit with its subtree under another parent (null: top level); cycles are refused")
    Unit move(@PathVariable long id, @RequestBody UnitMoveForm form) {
        return units.move(CurrentActor.get(), id, form.getParentId(), form.getVersion());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Deletes a unit that has neither sub-units nor people")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam int version) {
        units.delete(CurrentActor.get(), id, version);
        return ResponseEntity.noContent().build();
    }
}
