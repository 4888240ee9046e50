package org.uptake.org.position.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
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
import org.uptake.org.position.Position;
import org.uptake.org.position.PositionForm;
import org.uptake.org.position.PositionRow;
import org.uptake.org.position.PositionService;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

@Tag(name = "Positions", description = "Organisation-wide job titles")
@RestController
@RequestMapping("/api/v1/positions")
class PositionApiController {

    private final PositionService positions;

    PositionApiController(PositionService positions) {
        this.positions = positions;
    }

    @GetMapping
    Slice<PositionRow> list(@RequestParam(required = false) String q, @RequestParam(required = false) String after,
                            @RequestParam(defaultValue = "50") int size) {
        return positions.list(CurrentActor.get(), new PageRequest(q, after, size));
    }

    @GetMapping("/{id}")
    Position get(@PathVariable long id) {
        return positions.get(CurrentActor.get(), id);
    }

    @PostMapping
    ResponseEntity<Position> create(@Valid @RequestBody PositionForm form) {
        Position created = positions.create(CurrentActor.get(), form);
        return ResponseEntity.created(URI.create("/api/v1/positions/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    Position update(@PathVariable long id, @Valid @RequestBody PositionForm form) {
        return positions.update(CurrentActor.get(), id, form);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam int version) {
        positions.delete(CurrentActor.get(), id, version);
        return ResponseEntity.noContent().build();
    }
}
