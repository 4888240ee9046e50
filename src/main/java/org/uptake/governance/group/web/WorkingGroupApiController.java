package org.uptake.governance.group.web;

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
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;
import org.uptake.governance.group.GroupMember;
import org.uptake.governance.group.MemberForm;
import org.uptake.governance.group.WorkingGroup;
import org.uptake.governance.group.WorkingGroupForm;
import org.uptake.governance.group.WorkingGroupService;

@Tag(name = "Working groups", description = "Working groups and commissions: members with roles and powers, quorum and tie rule")
@RestController
@RequestMapping("/api/v1/working-groups")
class WorkingGroupApiController {

    private final WorkingGroupService groups;

    WorkingGroupApiController(WorkingGroupService groups) {
        this.groups = groups;
    }

    @GetMapping
    @Operation(summary = "Groups by name, optionally of one program; follow `next` for the following page")
    Slice<WorkingGroup> list(@RequestParam(required = false) String q, @RequestParam(required = false) Long programId,
                             @RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
        return groups.list(CurrentActor.get(), new PageRequest(q, after, size), programId);
    }

    @GetMapping("/{id}")
    WorkingGroup get(@PathVariable long id) {
        return groups.get(CurrentActor.get(), id);
    }

    @PostMapping
    @Operation(summary = "Forms a group (admins and coordinators); quorum in percent of the members, tie rule CHAIR_DECIDES or REJECTED")
    ResponseEntity<WorkingGroup> create(@Valid @RequestBody WorkingGroupForm form) {
        WorkingGroup created = groups.create(CurrentActor.get(), form);
        return ResponseEntity.created(URI.create("/api/v1/working-groups/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    WorkingGroup update(@PathVariable long id, @Valid @RequestBody WorkingGroupForm form) {
        return groups.update(CurrentActor.get(), id, form);
    }

    @GetMapping("/{id}/members")
    List<GroupMember> members(@PathVariable long id) {
        return groups.members(CurrentActor.get(), id);
    }

    @PostMapping("/{id}/members")
    @Operation(summary = "Adds a member in a role (one chair, one secretary); `version` is the group's")
    GroupMember addMember(@PathVariable long id, @RequestParam int version, @Valid @RequestBody MemberForm form) {
        return groups.addMember(CurrentActor.get(), id, form, version);
    }

    @DeleteMapping("/{id}/members/{memberId}")
    ResponseEntity<Void> removeMember(@PathVariable long id, @PathVariable long memberId, @RequestParam int version) {
        groups.removeMember(CurrentActor.get(), id, memberId, version);
        return ResponseEntity.noContent().build();
    }
}
