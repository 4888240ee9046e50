package org.uptake.approval.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.approval.SignOffService;
import org.uptake.approval.delegation.Delegation;
import org.uptake.approval.delegation.DelegationForm;
import org.uptake.approval.delegation.DelegationService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;

@Tag(name = "Sign-off delegations", description = "Acting approvers for a period: someone decides my sign-offs while I am away")
@RestController
@RequestMapping("/api/v1/sign-offs/delegations")
class DelegationApiController {

    private final DelegationService delegations;

    DelegationApiController(DelegationService delegations) {
        this.delegations = delegations;
    }

    @GetMapping
    @Operation(summary = "The delegations I gave or received, those in force first")
    List<Delegation> mine() {
        Actor actor = CurrentActor.get();
        return delegations.mine(actor, SignOffService.today(actor));
    }

    @PostMapping
    @Operation(summary = "Lets another person decide my sign-offs from `startsOn` to `endsOn` (inclusive, at most 366 days); "
            + "admins may name the approver in `fromPersonId`")
    ResponseEntity<Delegation> create(@Valid @RequestBody DelegationForm form) {
        Actor actor = CurrentActor.get();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(delegations.createForPeriod(actor, form, SignOffService.today(actor)));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Ends a delegation (the approver, the delegate or an admin)")
    ResponseEntity<Void> revoke(@PathVariable long id, @RequestParam int version) {
        delegations.revoke(CurrentActor.get(), id, version);
        return ResponseEntity.noContent().build();
    }
}
