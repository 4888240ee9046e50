package org.uptake.rollout.gate.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.approval.SignOff;
import org.uptake.rollout.gate.DecisionForm;
import org.uptake.rollout.gate.GateDecision;
import org.uptake.rollout.gate.GateService;
import org.uptake.rollout.readiness.Criterion;
import org.uptake.rollout.readiness.CriterionKind;
import org.uptake.rollout.readiness.ManualValueForm;
import org.uptake.rollout.readiness.ReadinessService;
import org.uptake.rollout.readiness.UnitReadiness;
import org.uptake.rollout.wave.WaveUnit;
import org.uptake.shared.CurrentActor;

@Tag(name = "Readiness gate", description = "Unit readiness, the head's sign-off, go / conditional go / no-go and go-live")
@RestController
@RequestMapping("/api/v1/programs/{programId}")
class GateApiController {

    private final ReadinessService readiness;
    private final GateService gates;

    GateApiController(ReadinessService readiness, GateService gates) {
        this.readiness = readiness;
        this.gates = gates;
    }

    record CriteriaRequest(@NotNull @Size(max = 20) List<@Valid Criterion> criteria) {
    }

    record GoLiveRequest(@NotNull LocalDate liveOn, int version) {
    }

    record Recomputed(int changed) {
    }

    @GetMapping("/readiness")
    @Operation(summary = "The readiness board: every wave unit (or one wave's) with each criterion's value, score, ready and reasons")
    List<UnitReadiness> board(@PathVariable long programId, @RequestParam(required = false) Long waveId) {
        return readiness.board(CurrentActor.get(), programId, waveId);
    }

    @GetMapping("/readiness/criteria")
    List<Criterion> criteria(@PathVariable long programId) {
        return readiness.criteria(CurrentActor.get(), programId);
    }

    @PutMapping("/readiness/criteria")
    List<Criterion> saveCriteria(@PathVariable long programId, @Valid @RequestBody CriteriaRequest body) {
        return readiness.saveCriteria(CurrentActor.get(), programId, body.criteria());
    }

    @PostMapping("/readiness/recompute")
    Recomputed recompute(@PathVariable long programId) {
        return new Recomputed(readiness.recompute(CurrentActor.get(), programId));
    }

    @GetMapping("/wave-units/{waveUnitId}/readiness")
    UnitReadiness unit(@PathVariable long programId, @PathVariable long waveUnitId) {
        return readiness.unit(CurrentActor.get(), programId, waveUnitId);
    }

    @PutMapping("/wave-units/{waveUnitId}/manual-values/{kind}")
    @Operation(summary = "Enters a criterion value by hand while no module supplies it (training, survey, problems)")
    UnitReadiness manual(@PathVariable long programId, @PathVariable long waveUnitId, @PathVariable CriterionKind kind,
                         @Valid @RequestBody ManualValueForm form) {
        return readiness.enterManual(CurrentActor.get(), programId, waveUnitId, kind, form);
    }

    @PostMapping("/wave-units/{waveUnitId}/sign-off")
    @Operation(summary = "Asks the unit's head for the green light (a sign-off request, /api/v1/sign-offs)")
    ResponseEntity<SignOff> requestSignOff(@PathVariable long programId, @PathVariable long waveUnitId) {
        SignOff s = gates.requestSignOff(CurrentActor.get(), programId, waveUnitId);
        return ResponseEntity.created(java.net.URI.create("/api/v1/sign-offs/" + s.id())).body(s);
    }

    @GetMapping("/wave-units/{waveUnitId}/decisions")
    List<GateDecision> decisions(@PathVariable long programId, @PathVariable long waveUnitId) {
        return gates.decisions(CurrentActor.get(), programId, waveUnitId);
    }

    @PostMapping("/wave-units/{waveUnitId}/decisions")
    @Operation(summary = "Records go (unit ready), conditional go (head signed; conditions become tasks) or no-go")
    ResponseEntity<GateDecision> decide(@PathVariable long programId, @PathVariable long waveUnitId,
                                        @Valid @RequestBody DecisionForm form) {
        return ResponseEntity.status(201).body(gates.decide(CurrentActor.get(), programId, waveUnitId, form));
    }

    @PostMapping("/wave-units/{waveUnitId}/go-live")
    @Operation(summary = "The unit goes live; refused without a go or conditional go, before it, or while the previous wave is not stable")
    WaveUnit goLive(@PathVariable long programId, @PathVariable long waveUnitId, @Valid @RequestBody GoLiveRequest body) {
        return gates.goLive(CurrentActor.get(), programId, waveUnitId, body.liveOn(), body.version());
    }

}
