package org.uptake.governance.meeting;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.governance.group.GroupMember;
import org.uptake.governance.group.MemberRole;
import org.uptake.governance.group.WorkingGroup;
import org.uptake.governance.group.WorkingGroupService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;

/**
 * Meetings of a group. Everyone in the organisation reads them. Admins, coordinators and the
 * group's chair and secretary schedule them; the secretary records attendance and keeps the
 * minutes (the chair may record attendance too); closing a meeting freezes its minutes and votes.
 */
@Service
public class MeetingService {

    public static final String ENTITY = "meeting";
    private static final int MEETINGS_PER_GROUP = 200;

    private final MeetingRepository meetings;
    private final DecisionRepository decisions;
    private final WorkingGroupService groups;
    private final AuditLog audit;

    MeetingService(MeetingRepository meetings, DecisionRepository decisions, WorkingGroupService groups, AuditLog audit) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.groups = groups;
        this.audit = audit;
    }

    public Meeting get(Actor actor, long id) {
        return meetings.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public List<Meeting> ofGroup(Actor actor, long groupId) {
        groups.get(actor, groupId);
        return meetings.ofGroup(actor.organizationId(), groupId, MEETINGS_PER_GROUP);
    }

    /** Everything a meeting page or the minutes document shows, in a handful of queries. */
    public MeetingRecord record(Actor actor, long id) {
        Meeting m = get(actor, id);
        long org = actor.organizationId();
        return new MeetingRecord(m, groups.get(actor, m.groupId()), meetings.attendees(org, id), decisions.ofMeeting(org, id),
                decisions.votes(org, id), decisions.dissents(org, id));
    }

    public List<Attendee> attendees(Actor actor, long id) {
        get(actor, id);
        return meetings.attendees(actor.organizationId(), id);
    }

    /** The actor's role in the meeting's group, if they are a member. */
    public Optional<MemberRole> roleOf(Actor actor, long groupId) {
        return groups.membership(actor, groupId).map(GroupMember::role);
    }

    public boolean maySchedule(Actor actor, long groupId) {
        return actor.hasAny(Role.ADMIN, Role.COORDINATOR)
                || roleOf(actor, groupId).filter(r -> r == MemberRole.CHAIR || r == MemberRole.SECRETARY).isPresent();
    }

    public boolean keepsMinutes(Actor actor, long groupId) {
        return roleOf(actor, groupId).filter(r -> r == MemberRole.SECRETARY).isPresent();
    }

    public boolean recordsAttendance(Actor actor, long groupId) {
        return roleOf(actor, groupId).filter(r -> r == MemberRole.SECRETARY || r == MemberRole.CHAIR).isPresent();
    }

    @Transactional
    public Meeting schedule(Actor actor, long groupId, MeetingForm form) {
        WorkingGroup group = groups.get(actor, groupId);
        if (!maySchedule(actor, groupId)) {
            throw new ForbiddenException("schedule meetings of this group");
        }
        if (!group.active()) {
            throw new InvalidInputException(null, "governance.error.groupInactive");
        }
        long id = meetings.insert(actor.organizationId(), groupId, form);
        Meeting created = get(actor, id);
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    @Transactional
    public Meeting update(Actor actor, long id, MeetingForm form) {
        Meeting before = get(actor, id);
        if (!maySchedule(actor, before.groupId())) {
            throw new ForbiddenException("change this meeting");
        }
        requireOpen(before);
        if (!meetings.update(actor.organizationId(), id, form)) {
            throw new StaleVersionException(ENTITY, id);
        }
        Meeting after = get(actor, id);
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public Meeting recordAttendance(Actor actor, long id, AttendanceForm form) {
        Meeting m = get(actor, id);
        if (!recordsAttendance(actor, m.groupId())) {
            throw new ForbiddenException("record attendance");
        }
        requireOpen(m);
        List<Long> members = meetings.attendees(actor.organizationId(), id).stream().map(Attendee::personId).toList();
        if (!members.containsAll(form.presentPersonIds())) {
            throw new InvalidInputException("presentPersonIds", "governance.error.notMember");
        }
        if (!meetings.setStatus(actor.organizationId(), id, MeetingStatus.HELD, form.version())) {
            throw new StaleVersionException(ENTITY, id);
        }
        meetings.replaceAttendance(actor.organizationId(), id, members, form.presentPersonIds());
        audit.action(actor, ENTITY, id, "attendance", Map.of("present", form.presentPersonIds().size(), "members", members.size()));
        return get(actor, id);
    }

    @Transactional
    public Meeting writeMinutes(Actor actor, long id, MinutesForm form) {
        Meeting before = get(actor, id);
        if (!keepsMinutes(actor, before.groupId())) {
            throw new ForbiddenException("edit the minutes");
        }
        requireOpen(before);
        if (!meetings.updateMinutes(actor.organizationId(), id, form.minutes(), form.version())) {
            throw new StaleVersionException(ENTITY, id);
        }
        Meeting after = get(actor, id);
        audit.updated(actor, ENTITY, id, Map.of("minutes", String.valueOf(before.minutes())),
                Map.of("minutes", String.valueOf(after.minutes())));
        return after;
    }

    @Transactional
    public Meeting close(Actor actor, long id, int version) {
        Meeting m = get(actor, id);
        if (!recordsAttendance(actor, m.groupId())) {
            throw new ForbiddenException("close the meeting");
        }
        requireOpen(m);
        if (m.status() != MeetingStatus.HELD) {
            throw new InvalidInputException(null, "governance.error.noAttendance");
        }
        if (decisions.openCount(id) > 0) {
            throw new InvalidInputException(null, "governance.error.votingOpen");
        }
        if (!meetings.setStatus(actor.organizationId(), id, MeetingStatus.CLOSED, version)) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.action(actor, ENTITY, id, "closed", Map.of());
        return get(actor, id);
    }

    static void requireOpen(Meeting m) {
        if (m.status() == MeetingStatus.CLOSED) {
            throw new InvalidInputException(null, "governance.error.meetingClosed");
        }
    }
}
