package org.uptake.governance.act.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.governance.act.ActRegisterService;
import org.uptake.governance.act.LegalAct;
import org.uptake.governance.act.LegalActForm;
import org.uptake.governance.act.LocalActChange;
import org.uptake.governance.act.LocalActChangeForm;
import org.uptake.shared.CurrentActor;

@Tag(name = "Act registers", description = "The legal acts a program relies on and the local acts it must change")
@RestController
@RequestMapping("/api/v1/programs/{programId}")
class ActApiController {

    private final ActRegisterService acts;

    ActApiController(ActRegisterService acts) {
        this.acts = acts;
    }

    @GetMapping("/legal-acts")
    List<LegalAct> legalActs(@PathVariable long programId) {
        return acts.legalActs(CurrentActor.get(), programId);
    }

    @PostMapping("/legal-acts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Records a legal act the program relies on (program editors)")
    LegalAct addLegal(@PathVariable long programId, @Valid @RequestBody LegalActForm form) {
        return acts.addLegalAct(CurrentActor.get(), programId, form);
    }

    @GetMapping("/local-act-changes")
    List<LocalActChange> localChanges(@PathVariable long programId) {
        return acts.localChanges(CurrentActor.get(), programId);
    }

    @PostMapping("/local-act-changes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Records a local act the program must change (program editors)")
    LocalActChange addLocal(@PathVariable long programId, @Valid @RequestBody LocalActChangeForm form) {
        return acts.addLocalChange(CurrentActor.get(), programId, form);
    }

    @PostMapping("/local-act-changes/{id}/done")
    @Operation(summary = "Marks a local act as changed")
    LocalActChange done(@PathVariable long programId, @PathVariable long id, @RequestParam int version) {
        return acts.markDone(CurrentActor.get(), programId, id, version);
    }
}
