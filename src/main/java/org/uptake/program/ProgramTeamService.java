package org.uptake.program;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.playbook.PlaybookDefinition;
import org.uptake.program.playbook.PlaybookService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;

/** A program's team, goals, scope units and checklist ticks: read by the program's readers, changed by its editors. */
@Service
public class ProgramTeamService {

    private final ProgramService programs;
    private final ProgramTeamRepository team;
    private final PlaybookService playbooks;
    private final AuditLog audit;

    ProgramTeamService(ProgramService programs, ProgramTeamRepository team, PlaybookService playbooks, AuditLog audit) {
        this.programs = programs;
        this.team = team;
        this.playbooks = playbooks;
        this.audit = audit;
    }

    public List<ProgramMember> members(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        return team.members(actor.organizationId(), programId);
    }

    /** The team without the reader check, for the plan's own use (resolving role placeholders). */
    public List<ProgramMember> membersUnchecked(long organizationId, long programId) {
        return team.members(organizationId, programId);
    }

    @Transactional
    public void addMember(Actor actor, long programId, long personId, ProgramRole role) {
        programs.requireEditor(actor, programId);
        if (role == null) {
            throw new InvalidInputException("role", "NotNull");
        }
        if (team.existingPeople(actor.organizationId(), List.of(personId)).isEmpty()) {
            throw new InvalidInputException("personId", "program.error.personUnknown");
        }
        if (!team.addMember(actor.organizationId(), programId, personId, role)) {
            throw new InvalidInputException("personId", "program.error.alreadyMember");
        }
        audit.action(actor, ProgramService.ENTITY, programId, "memberAdded", Map.of("person", personId, "role", role.name()));
    }

    @Transactional
    public void removeMember(Actor actor, long programId, long memberId) {
        programs.requireEditor(actor, programId);
        ProgramMember member = team.member(actor.organizationId(), programId, memberId)
                .orElseThrow(() -> new NotFoundException("programMember", memberId));
        if (member.role() == ProgramRole.COORDINATOR && team.countRole(programId, ProgramRole.COORDINATOR) <= 1) {
            throw new InvalidInputException(null, "program.error.lastCoordinator");
        }
        team.removeMember(actor.organizationId(), programId, memberId);
        audit.action(actor, ProgramService.ENTITY, programId, "memberRemoved",
                Map.of("person", member.personName(), "role", member.role().name()));
    }

    public List<Goal> goals(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        return team.goals(actor.organizationId(), programId);
    }

    @Transactional
    public Goal addGoal(Actor actor, long programId, String statement, Long customerId) {
        programs.requireEditor(actor, programId);
        checkGoal(actor, statement, customerId);
        long id = team.addGoal(actor.organizationId(), programId, statement.strip(), customerId);
        audit.action(actor, ProgramService.ENTITY, programId, "goalAdded", Map.of("goal", statement.strip()));
        return team.goals(actor.organizationId(), programId).stream().filter(g -> g.id() == id).findFirst().orElseThrow();
    }

    @Transactional
    public void updateGoal(Actor actor, long programId, long goalId, String statement, Long customerId, int version) {
        programs.requireEditor(actor, programId);
        checkGoal(actor, statement, customerId);
        Goal before = goal(actor, programId, goalId);
        if (team.updateGoal(actor.organizationId(), programId, goalId, statement.strip(), customerId, version) == 0) {
            throw new StaleVersionException("programGoal", goalId);
        }
        audit.action(actor, ProgramService.ENTITY, programId, "goalChanged",
                Map.of("goal", List.of(before.statement(), statement.strip())));
    }

    @Transactional
    public void deleteGoal(Actor actor, long programId, long goalId, int version) {
        programs.requireEditor(actor, programId);
        Goal before = goal(actor, programId, goalId);
        if (team.deleteGoal(actor.organizationId(), programId, goalId, version) == 0) {
            throw new StaleVersionException("programGoal", goalId);
        }
        audit.action(actor, ProgramService.ENTITY, programId, "goalRemoved", Map.of("goal", before.statement()));
    }

    private Goal goal(Actor actor, long programId, long goalId) {
        return team.goals(actor.organizationId(), programId).stream().filter(g -> g.id() == goalId).findFirst()
                .orElseThrow(() -> new NotFoundException("programGoal", goalId));
    }

    private void checkGoal(Actor actor, String statement, Long customerId) {
        if (statement == null || statement.isBlank() || statement.length() > 500) {
            throw new InvalidInputException("statement", "program.error.goalStatement");
        }
        if (customerId != null && team.existingPeople(actor.organizationId(), List.of(customerId)).isEmpty()) {
            throw new InvalidInputException("internalCustomerPersonId", "program.error.personUnknown");
        }
    }

    public record ScopeUnit(long id, String name, String path) {
    }

    public List<ScopeUnit> units(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        return unitsUnchecked(actor.organizationId(), programId);
    }

    public List<ScopeUnit> unitsUnchecked(long organizationId, long programId) {
        return team.units(organizationId, programId).stream().map(u -> new ScopeUnit(u.id(), u.name(), u.path())).toList();
    }

    @Transactional
    public void replaceUnits(Actor actor, long programId, List<Long> unitIds) {
        programs.requireEditor(actor, programId);
        Set<Long> wanted = new LinkedHashSet<>(unitIds);
        checkUnits(actor, wanted);
        List<String> before = team.units(actor.organizationId(), programId).stream().map(u -> u.name()).toList();
        team.replaceUnits(actor.organizationId(), programId, wanted);
        List<String> after = team.units(actor.organizationId(), programId).stream().map(u -> u.name()).toList();
        audit.action(actor, ProgramService.ENTITY, programId, "scopeChanged",
                Map.of("units", List.of(String.join(", ", before), String.join(", ", after))));
    }

    /** Adds one unit (with its subtree) to the scope. */
    @Transactional
    public void addUnit(Actor actor, long programId, long unitId) {
        List<Long> ids = new java.util.ArrayList<>(units(actor, programId).stream().map(ScopeUnit::id).toList());
        if (!ids.contains(unitId)) {
            ids.add(unitId);
        }
        replaceUnits(actor, programId, ids);
    }

    @Transactional
    public void removeUnit(Actor actor, long programId, long unitId) {
        replaceUnits(actor, programId, units(actor, programId).stream().map(ScopeUnit::id).filter(id -> id != unitId).toList());
    }

    /** Refuses ids that are not units of the organisation. */
    public void checkUnits(Actor actor, Set<Long> unitIds) {
        if (unitIds.size() > 1000) {
            throw new InvalidInputException("unitIds", "program.error.tooManyUnits", 1000);
        }
        Set<Long> known = team.existingUnits(actor.organizationId(), unitIds);
        if (!known.containsAll(unitIds)) {
            throw new InvalidInputException("unitIds", "program.error.unitUnknown");
        }
    }

    /** Refuses ids that are not current people of the organisation. */
    public void checkPeople(Actor actor, String field, Set<Long> personIds) {
        if (!team.existingPeople(actor.organizationId(), personIds).containsAll(personIds)) {
            throw new InvalidInputException(field, "program.error.personUnknown");
        }
    }

    /** The playbook's cross-cutting checklists in the actor's language, with the program's ticks. */
    public List<ChecklistView> checklists(Actor actor, long programId) {
        Program program = programs.find(actor, programId);
        if (program.playbookVersionId() == null) {
            return List.of();
        }
        PlaybookDefinition definition = playbooks.versionById(actor, program.playbookVersionId()).definition();
        Map<String, String> ticks = team.ticks(actor.organizationId(), programId);
        String lang = actor.language();
        List<ChecklistView> views = new ArrayList<>();
        for (var c : definition.checklists()) {
            List<ChecklistView.Item> items = c.items().stream().map(i -> new ChecklistView.Item(i.key(), i.text().in(lang),
                    i.seedRef(), ticks.get(c.key() + "/" + i.key()))).toList();
            views.add(new ChecklistView(c.key(), c.name().in(lang), c.seedRef(), items));
        }
        return views;
    }

    @Transactional
    public void tick(Actor actor, long programId, String checklist, String item, boolean ticked) {
        programs.requireEditor(actor, programId);
        boolean known = checklists(actor, programId).stream().filter(c -> c.key().equals(checklist))
                .flatMap(c -> c.items().stream()).anyMatch(i -> i.key().equals(item));
        if (!known) {
            throw new NotFoundException("checklistItem", checklist + "/" + item);
        }
        if (ticked) {
            team.tick(actor.organizationId(), programId, checklist, item, actor.userId(), actor.displayName());
        } else {
            team.untick(actor.organizationId(), programId, checklist, item);
        }
        audit.action(actor, ProgramService.ENTITY, programId, ticked ? "checklistTicked" : "checklistUnticked",
                Map.of("item", checklist + "/" + item));
    }
}
