package org.uptake.process.strategy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.process.strategy.StrategyForm;
import org.uptake.process.strategy.StrategyRevision;
import org.uptake.process.strategy.StrategyService;
import org.uptake.shared.CurrentActor;

@Tag(name = "Strategy", description = "The marketing strategy the processes serve, kept as revisions")
@RestController
@RequestMapping("/api/v1/processes/strategy")
class StrategyApiController {

    private final StrategyService strategies;

    StrategyApiController(StrategyService strategies) {
        this.strategies = strategies;
    }

    @GetMapping
    @Operation(summary = "The current revision (204 when none is written yet)")
    ResponseEntity<StrategyRevision> current() {
        return strategies.current(CurrentActor.get()).map(ResponseEntity::ok).orElse(ResponseEntity.noContent().build());
    }

    @PutMapping
    @Operation(summary = "Saves a new revision; baseRevision is the revision it was written from (0 for the first)")
    StrategyRevision save(@Valid @RequestBody StrategyForm form) {
        return strategies.save(CurrentActor.get(), form);
    }

    @GetMapping("/revisions")
    List<StrategyRevision> history() {
        return strategies.history(CurrentActor.get());
    }

    @GetMapping("/revisions/{revision}")
    StrategyRevision revision(@PathVariable int revision) {
        return strategies.revision(CurrentActor.get(), revision);
    }
}
