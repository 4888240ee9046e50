package org.uptake.governance.group;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

/**
 * Working groups and commissions. Everyone in the organisation reads them (they are bodies of the
 * organisation, their composition is approved by an order addressed to staff); admins and
 * coordinators form them and change their members.
 */
@Service
public class WorkingGroupService {

    public static final String ENTITY = "working_group";

    private final WorkingGroupRepository groups;
    private final ProgramService programs;
    private final AuditLog audit;

    WorkingGroupService(WorkingGroupRepository groups, ProgramService programs, AuditLog audit) {
        this.groups = groups;
        this.programs = programs;
        this.audit = audit;
    }

    public Slice<WorkingGroup> list(Actor actor, PageRequest request, Long programId) {
        return Slice.of(groups.page(actor.organizationId(), request, programId), request.size(),
                g -> new Cursor(g.name().toLowerCase(java.util.Locale.ROOT), g.id()));
    }

    public WorkingGroup get(Actor actor, long id) {
        return groups.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public List<GroupMember> members(Actor actor, long id) {
        get(actor, id);
        return groups.members(actor.organizationId(), id);
    }

    /** The member record of the actor's person in the group, if they are one. */
    public Optional<GroupMember> membership(Actor actor, long groupId) {
        if (actor.personId() == null) {
            return Optional.empty();
        }
        return groups.members(actor.organizationId(), groupId).stream()
                .filter(m -> m.personId() == actor.personId()).findFirst();
    }

    public List<MyGroup> mine(Actor actor) {
        return actor.personId() == null ? List.of() : groups.ofPerson(actor.organizationId(), actor.personId());
    }

    public boolean mayEdit(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.COORDINATOR);
    }

    public void requireEditor(Actor actor) {
        actor.require("form working groups", Role.ADMIN, Role.COORDINATOR);
    }

    @Transactional
    public WorkingGroup create(Actor actor, WorkingGroupForm form) {
        requireEditor(actor);
        checkProgram(actor, form.programId());
        long id = groups.insert(actor.organizationId(), form);
        WorkingGroup created = get(actor, id);
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    @Transactional
    public WorkingGroup update(Actor actor, long id, WorkingGroupForm form) {
        requireEditor(actor);
        WorkingGroup before = get(actor, id);
        checkProgram(actor, form.programId());
        if (!groups.update(actor.organizationId(), id, form)) {
            throw new StaleVersionException(ENTITY, id);
        }
        WorkingGroup after = get(actor, id);
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public GroupMember addMember(Actor actor, long groupId, MemberForm form, int version) {
        requireEditor(actor);
        get(actor, groupId);
        List<GroupMember> current = groups.members(actor.organizationId(), groupId);
        if (!groups.personExists(actor.organizationId(), form.personId())) {
            throw new InvalidInputException("personId", "governance.error.person");
        }
        if (current.stream().anyMatch(m -> m.personId() == form.personId())) {
            throw new InvalidInputException("personId", "governance.error.alreadyMember");
        }
        if ((form.role() == MemberRole.CHAIR || form.role() == MemberRole.SECRETARY)
                && current.stream().anyMatch(m -> m.role() == form.role())) {
            throw new InvalidInputException("role", "governance.error.roleTaken");
        }
        if (!groups.touch(actor.organizationId(), groupId, version)) {
            throw new StaleVersionException(ENTITY, groupId);
        }
        long memberId = groups.insertMember(actor.organizationId(), groupId, form);
        GroupMember added = groups.member(actor.organizationId(), groupId, memberId).orElseThrow();
        audit.action(actor, ENTITY, groupId, "member-added",
                Map.of("person", added.personName(), "role", added.role().name()));
        return added;
    }

    @Transactional
    public void removeMember(Actor actor, long groupId, long memberId, int version) {
        requireEditor(actor);
        GroupMember member = groups.member(actor.organizationId(), groupId, memberId)
                .orElseThrow(() -> new NotFoundException("working_group_member", memberId));
        if (!groups.touch(actor.organizationId(), groupId, version)) {
            throw new StaleVersionException(ENTITY, groupId);
        }
        groups.deleteMember(actor.organizationId(), memberId);
        audit.action(actor, ENTITY, groupId, "member-removed",
                Map.of("person", member.personName(), "role", member.role().name()));
    }

    private void checkProgram(Actor actor, Long programId) {
        if (programId == null) {
            return;
        }
        try {
            programs.access(actor, programId);
        } catch (NotFoundException e) {
            throw new InvalidInputException("programId", "governance.error.program");
        }
    }
}
