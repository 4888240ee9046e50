package org.uptake.program.risk.web;

import io.swagger.v3.oas.annotations.Operation;
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
import org.uptake.program.risk.HeatMap;
import org.uptake.program.risk.Risk;
import org.uptake.program.risk.RiskForm;
import org.uptake.program.risk.RiskService;
import org.uptake.program.risk.RiskStatus;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

@Tag(name = "Risks", description = "A program's risk register: probability and impact (1–5), owner, mitigation, linked tasks, status")
@RestController
@RequestMapping("/api/v1/programs/{programId}/risks")
class RiskApiController {

    private final RiskService risks;

    RiskApiController(RiskService risks) {
        this.risks = risks;
    }

    @GetMapping
    @Operation(summary = "Risks by score (probability × impact), highest first: the active ones unless a status or all=true "
            + "is given; probability and impact pick one heat-map cell; follow `next` for the following page")
    Slice<Risk> list(@PathVariable long programId, @RequestParam(required = false) RiskStatus status,
                     @RequestParam(defaultValue = "false") boolean all, @RequestParam(required = false) Integer probability,
                     @RequestParam(required = false) Integer impact, @RequestParam(required = false) String after,
                     @RequestParam(defaultValue = "50") int size) {
        return risks.list(CurrentActor.get(), programId, new RiskService.Filter(status, all, probability, impact),
                new PageRequest(null, after, size));
    }

    @GetMapping("/heatmap")
    @Operation(summary = "Active risks counted per probability × impact cell: [probability, impact, count]")
    HeatMap heatMap(@PathVariable long programId) {
        return risks.heatMap(CurrentActor.get(), programId);
    }

    @PostMapping
    ResponseEntity<Risk> create(@PathVariable long programId, @Valid @RequestBody RiskForm form) {
        Risk r = risks.create(CurrentActor.get(), programId, form);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + programId + "/risks/" + r.id())).body(r);
    }

    @GetMapping("/{riskId}")
    Risk get(@PathVariable long programId, @PathVariable long riskId) {
        return risks.get(CurrentActor.get(), programId, riskId);
    }

    @PutMapping("/{riskId}")
    @Operation(summary = "Changes a risk, its linked tasks (taskIds replace the links) and status; a stale version is a 409")
    Risk update(@PathVariable long programId, @PathVariable long riskId, @Valid @RequestBody RiskForm form) {
        return risks.update(CurrentActor.get(), programId, riskId, form);
    }

    @DeleteMapping("/{riskId}")
    ResponseEntity<Void> delete(@PathVariable long programId, @PathVariable long riskId, @RequestParam int version) {
        risks.delete(CurrentActor.get(), programId, riskId, version);
        return ResponseEntity.noContent().build();
    }
}
