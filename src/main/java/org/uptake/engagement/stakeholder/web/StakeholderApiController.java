package org.uptake.engagement.stakeholder.web;

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
import org.uptake.engagement.stakeholder.Activity;
import org.uptake.engagement.stakeholder.ActivityForm;
import org.uptake.engagement.stakeholder.AnchoringService;
import org.uptake.engagement.stakeholder.Attitude;
import org.uptake.engagement.stakeholder.GridPoint;
import org.uptake.engagement.stakeholder.Stakeholder;
import org.uptake.engagement.stakeholder.StakeholderForm;
import org.uptake.engagement.stakeholder.StakeholderService;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

@Tag(name = "Stakeholders", description = "A program's stakeholder register (influence, interest, attitude, concerns), its grid "
        + "and anchoring activities; only the program's coordinator, deputy, sponsor and admins see it")
@RestController
@RequestMapping("/api/v1/programs/{programId}/stakeholders")
class StakeholderApiController {

    private final StakeholderService stakeholders;
    private final AnchoringService activities;

    StakeholderApiController(StakeholderService stakeholders, AnchoringService activities) {
        this.stakeholders = stakeholders;
        this.activities = activities;
    }

    @GetMapping
    @Operation(summary = "Stakeholders by influence, then interest (highest first), optionally of one attitude; follow `next`")
    Slice<Stakeholder> list(@PathVariable long programId, @RequestParam(required = false) Attitude attitude,
                            @RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
        return stakeholders.list(CurrentActor.get(), programId, attitude, new PageRequest(null, after, size));
    }

    @GetMapping("/grid")
    @Operation(summary = "Every stakeholder as a point of the influence × interest grid, with the attitude")
    List<GridPoint> grid(@PathVariable long programId) {
        return stakeholders.grid(CurrentActor.get(), programId);
    }

    @PostMapping
    @Operation(summary = "Registers a stakeholder: personId (someone of the organisation) or a name (outside person, group)")
    ResponseEntity<Stakeholder> create(@PathVariable long programId, @Valid @RequestBody StakeholderForm form) {
        Stakeholder s = stakeholders.create(CurrentActor.get(), programId, form);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + programId + "/stakeholders/" + s.id())).body(s);
    }

    @GetMapping("/{stakeholderId}")
    Stakeholder get(@PathVariable long programId, @PathVariable long stakeholderId) {
        return stakeholders.get(CurrentActor.get(), programId, stakeholderId);
    }

    @PutMapping("/{stakeholderId}")
    @Operation(summary = "Changes a stakeholder; concerns replace the previous ones; a stale version is a 409")
    Stakeholder update(@PathVariable long programId, @PathVariable long stakeholderId, @Valid @RequestBody StakeholderForm form) {
        return stakeholders.update(CurrentActor.get(), programId, stakeholderId, form);
    }

    @DeleteMapping("/{stakeholderId}")
    ResponseEntity<Void> delete(@PathVariable long programId, @PathVariable long stakeholderId, @RequestParam int version) {
        stakeholders.delete(CurrentActor.get(), programId, stakeholderId, version);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/activities")
    @Operation(summary = "Anchoring activities (open first, by due date), optionally of one stakeholder")
    List<Activity> activities(@PathVariable long programId, @RequestParam(required = false) Long stakeholderId) {
        return activities.list(CurrentActor.get(), programId, stakeholderId);
    }

    @PostMapping("/activities")
    ResponseEntity<Activity> addActivity(@PathVariable long programId, @Valid @RequestBody ActivityForm form) {
        Activity a = activities.create(CurrentActor.get(), programId, form);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + programId + "/stakeholders/activities/" + a.id())).body(a);
    }

    @PutMapping("/activities/{activityId}")
    Activity updateActivity(@PathVariable long programId, @PathVariable long activityId, @Valid @RequestBody ActivityForm form) {
        return activities.update(CurrentActor.get(), programId, activityId, form);
    }

    @DeleteMapping("/activities/{activityId}")
    ResponseEntity<Void> deleteActivity(@PathVariable long programId, @PathVariable long activityId, @RequestParam int version) {
        activities.delete(CurrentActor.get(), programId, activityId, version);
        return ResponseEntity.noContent().build();
    }
}
