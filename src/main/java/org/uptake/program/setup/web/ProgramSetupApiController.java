package org.uptake.program.setup.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.program.setup.ProgramSetupService;
import org.uptake.program.setup.SetupForm;
import org.uptake.shared.CurrentActor;

@Tag(name = "Programs")
@RestController
class ProgramSetupApiController {

    private final ProgramSetupService setup;

    ProgramSetupApiController(ProgramSetupService setup) {
        this.setup = setup;
    }

    @PostMapping("/api/v1/programs")
    @Operation(summary = "Creates a program from a playbook: team, scope, goals, and the plan scheduled in working days")
    ResponseEntity<ProgramSetupService.Created> create(@Valid @RequestBody SetupForm form) {
        var created = setup.create(CurrentActor.get(), form);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + created.program().id())).body(created);
    }
}
