package org.uptake.process.spec.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.process.spec.ExecutorSpecification;
import org.uptake.process.spec.ProvisionalRole;
import org.uptake.process.spec.ProvisionalRoleService;
import org.uptake.process.spec.SpecificationService;
import org.uptake.shared.CurrentActor;

@Tag(name = "Process specifications")
@RestController
@RequestMapping("/api/v1/processes")
class ExecutorApiController {

    record Resolution(String role, long positionId) {
    }

    private final SpecificationService specs;
    private final ProvisionalRoleService roles;

    ExecutorApiController(SpecificationService specs, ProvisionalRoleService roles) {
        this.specs = specs;
        this.roles = roles;
    }

    @GetMapping("/executed-by/{positionId}")
    @Operation(summary = "Every specification in which the position is an executor: goals, results, indicators (job duties start here)")
    List<ExecutorSpecification> executedBy(@PathVariable long positionId) {
        return specs.forExecutor(CurrentActor.get(), positionId);
    }

    @GetMapping("/provisional-roles")
    @Operation(summary = "Provisional executor roles not yet resolved to a position")
    List<ProvisionalRole> provisionalRoles() {
        return specs.provisionalRoles(CurrentActor.get());
    }

    @PostMapping("/provisional-roles/resolve")
    @Operation(summary = "Replaces a provisional role by a position in every process that names it")
    Map<String, Integer> resolve(@RequestBody Resolution resolution) {
        return Map.of("processes", roles.resolve(CurrentActor.get(), resolution.role(), resolution.positionId()));
    }
}
