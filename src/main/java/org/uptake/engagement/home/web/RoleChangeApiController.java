package org.uptake.engagement.home.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.engagement.home.MyRoleChange;
import org.uptake.engagement.home.RoleChange;
import org.uptake.engagement.home.RoleChangeForm;
import org.uptake.engagement.home.RoleChangeService;
import org.uptake.engagement.home.RoleChangeVersion;
import org.uptake.shared.CurrentActor;

@Tag(name = "Role changes", description = "What changes for each position in a program: drafts, published versions")
@RestController
@RequestMapping("/api/v1")
class RoleChangeApiController {

    private final RoleChangeService changes;

    RoleChangeApiController(RoleChangeService changes) {
        this.changes = changes;
    }

    @GetMapping("/programs/{programId}/role-changes")
    List<RoleChange> list(@PathVariable long programId) {
        return changes.list(CurrentActor.get(), programId);
    }

    @PostMapping("/programs/{programId}/role-changes")
    @Operation(summary = "Saves the draft for a position and language (created on first save)")
    RoleChange save(@PathVariable long programId, @Valid @RequestBody RoleChangeForm form) {
        return changes.save(CurrentActor.get(), programId, form);
    }

    @PostMapping("/programs/{programId}/role-changes/{id}/publish")
    @Operation(summary = "Publishes the draft as the next version; the people in that position then read it")
    RoleChange publish(@PathVariable long programId, @PathVariable long id, @RequestParam int version) {
        return changes.publish(CurrentActor.get(), programId, id, version);
    }

    @GetMapping("/programs/{programId}/role-changes/{id}/versions")
    List<RoleChangeVersion> versions(@PathVariable long programId, @PathVariable long id) {
        return changes.versions(CurrentActor.get(), programId, id);
    }

    @GetMapping("/role-changes/mine")
    @Operation(summary = "The published texts for the caller's position, in their language or the best fallback")
    List<MyRoleChange> mine() {
        return changes.mine(CurrentActor.get());
    }
}
