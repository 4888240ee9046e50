package org.uptake.program.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.uptake.program.ChecklistView;
import org.uptake.program.Goal;
import org.uptake.program.ObjectiveRevision;
import org.uptake.program.Program;
import org.uptake.program.ProgramForm;
import org.uptake.program.ProgramMember;
import org.uptake.program.ProgramRole;
import org.uptake.program.ProgramRow;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramStatus;
import org.uptake.program.ProgramTeamService;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

@Tag(name = "Programs", description = "Implementation programs: facts, lifecycle, objective, team, goals, scope, checklists")
@RestController
@RequestMapping("/api/v1/programs")
class ProgramApiController {

    private final ProgramService programs;
    private final ProgramTeamService team;

    ProgramApiController(ProgramService programs, ProgramTeamService team) {
        this.programs = programs;
        this.team = team;
    }

    @GetMapping
    @Operation(summary = "Programs by name (the team's own for people who do not read the whole organisation)")
    Slice<ProgramRow> list(@RequestParam(required = false) String q, @RequestParam(required = false) ProgramStatus status,
                           @RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
        return programs.list(CurrentActor.get(), status, new PageRequest(q, after, size));
    }

    @GetMapping("/{id}")
    Program get(@PathVariable long id) {
        return programs.find(CurrentActor.get(), id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Changes the facts; a new start date reschedules the plan; a frozen objective changes only through /objective")
    Program update(@PathVariable long id, @Valid @RequestBody ProgramForm form) {
        return programs.update(CurrentActor.get(), id, form);
    }

    record VersionRequest(int version) {
    }

    @PostMapping("/{id}/advance")
    @Operation(summary = "Moves to the next lifecycle status; leaving preparation freezes the original objective")
    Program advance(@PathVariable long id, @RequestBody VersionRequest body) {
        return programs.advance(CurrentActor.get(), id, body.version());
    }

    record ObjectiveRequest(String objective, String reason, int version) {
    }

    @PostMapping("/{id}/objective")
    @Operation(summary = "Revises a frozen objective with a reason; the original stays for the evaluation")
    Program reviseObjective(@PathVariable long id, @RequestBody ObjectiveRequest body) {
        return programs.reviseObjective(CurrentActor.get(), id, body.objective(), body.reason(), body.version());
    }

    @GetMapping("/{id}/objective/revisions")
    List<ObjectiveRevision> revisions(@PathVariable long id) {
        return programs.revisions(CurrentActor.get(), id);
    }

    @GetMapping("/{id}/members")
    List<ProgramMember> members(@PathVariable long id) {
        return team.members(CurrentActor.get(), id);
    }

    record MemberRequest(long personId, ProgramRole role) {
    }

    @PostMapping("/{id}/members")
    List<ProgramMember> addMember(@PathVariable long id, @RequestBody MemberRequest body) {
        team.addMember(CurrentActor.get(), id, body.personId(), body.role());
        return team.members(CurrentActor.get(), id);
    }

    @DeleteMapping("/{id}/members/{memberId}")
    ResponseEntity<Void> removeMember(@PathVariable long id, @PathVariable long memberId) {
        team.removeMember(CurrentActor.get(), id, memberId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/goals")
    List<Goal> goals(@PathVariable long id) {
        return team.goals(CurrentActor.get(), id);
    }

    record GoalRequest(String statement, Long internalCustomerPersonId, int version) {
    }

    @PostMapping("/{id}/goals")
    Goal addGoal(@PathVariable long id, @RequestBody GoalRequest body) {
        return team.addGoal(CurrentActor.get(), id, body.statement(), body.internalCustomerPersonId());
    }

    @PutMapping("/{id}/goals/{goalId}")
    List<Goal> updateGoal(@PathVariable long id, @PathVariable long goalId, @RequestBody GoalRequest body) {
        team.updateGoal(CurrentActor.get(), id, goalId, body.statement(), body.internalCustomerPersonId(), body.version());
        return team.goals(CurrentActor.get(), id);
    }

    @DeleteMapping("/{id}/goals/{goalId}")
    ResponseEntity<Void> deleteGoal(@PathVariable long id, @PathVariable long goalId, @RequestParam int version) {
        team.deleteGoal(CurrentActor.get(), id, goalId, version);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/units")
    List<ProgramTeamService.ScopeUnit> units(@PathVariable long id) {
        return team.units(CurrentActor.get(), id);
    }

    record UnitsRequest(List<Long> unitIds) {
    }

    @PutMapping("/{id}/units")
    @Operation(summary = "Replaces the units in scope (each with its subtree)")
    List<ProgramTeamService.ScopeUnit> replaceUnits(@PathVariable long id, @RequestBody UnitsRequest body) {
        team.replaceUnits(CurrentActor.get(), id, body.unitIds() == null ? List.of() : body.unitIds());
        return team.units(CurrentActor.get(), id);
    }

    @GetMapping("/{id}/checklists")
    @Operation(summary = "The playbook's cross-cutting checklists (e.g. critical success factors) with the program's ticks")
    List<ChecklistView> checklists(@PathVariable long id) {
        return team.checklists(CurrentActor.get(), id);
    }

    record TickRequest(String checklist, String item, boolean ticked) {
    }

    @PostMapping("/{id}/checklists")
    List<ChecklistView> tick(@PathVariable long id, @RequestBody TickRequest body) {
        team.tick(CurrentActor.get(), id, body.checklist(), body.item(), body.ticked());
        return team.checklists(CurrentActor.get(), id);
    }
}
