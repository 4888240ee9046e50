package org.uptake.governance.meeting;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.governance.group.MemberRole;
import org.uptake.governance.group.WorkingGroup;
import org.uptake.governance.group.WorkingGroupService;
import org.uptake.program.plan.NewTask;
import org.uptake.program.plan.Task;
import org.uptake.program.plan.TaskService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;

/**
 * Decisions of a meeting. The secretary or the chair puts a question to the vote once attendance
 * shows a quorum; only members present vote (themselves, or through the secretary or chair
 * recording a show of hands); the chair or secretary counts (see {@link Tally}); any member
 * present may add a dissenting opinion in writing. An adopted decision with a task creates it in
 * the group's program.
 */
@Service
public class DecisionService {

    static final String ENTITY = "meeting_decision";

    private final MeetingService meetings;
    private final DecisionRepository decisions;
    private final WorkingGroupService groups;
    private final TaskService tasks;
    private final AuditLog audit;

    DecisionService(MeetingService meetings, DecisionRepository decisions, WorkingGroupService groups, TaskService tasks,
                    AuditLog audit) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.groups = groups;
        this.tasks = tasks;
        this.audit = audit;
    }

    public Decision get(Actor actor, long meetingId, long id) {
        meetings.get(actor, meetingId);
        return decisions.find(actor.organizationId(), meetingId, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Transactional
    public Decision propose(Actor actor, long meetingId, ProposalForm form) {
        Meeting m = meetings.get(actor, meetingId);
        requireCounter(actor, m);
        MeetingService.requireOpen(m);
        WorkingGroup group = groups.get(actor, m.groupId());
        requireQuorum(group, meetings.attendees(actor, meetingId));
        if (form.taskTitle() != null && !form.taskTitle().isBlank() && group.programId() == null) {
            throw new InvalidInputException("taskTitle", "governance.error.taskWithoutProgram");
        }
        long id = decisions.insert(actor.organizationId(), meetingId, form);
        Decision created = decisions.find(actor.organizationId(), meetingId, id).orElseThrow();
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    @Transactional
    public Decision vote(Actor actor, long meetingId, long decisionId, VoteForm form) {
        Meeting m = meetings.get(actor, meetingId);
        MeetingService.requireOpen(m);
        long voter = voter(actor, m, form.personId());
        Attendee attendee = meetings.attendees(actor, meetingId).stream().filter(a -> a.personId() == voter).findFirst()
                .orElseThrow(() -> new InvalidInputException("personId", "governance.error.notMember"));
        if (!attendee.isPresent()) {
            throw new InvalidInputException("personId", "governance.error.absent");
        }
        Decision d = decisions.lock(actor.organizationId(), meetingId, decisionId)
                .orElseThrow(() -> new NotFoundException(ENTITY, decisionId));
        if (d.status() != DecisionStatus.VOTING) {
            throw new InvalidInputException(null, "governance.error.votingClosed");
        }
        decisions.vote(actor.organizationId(), decisionId, voter, form.choice(), actor.userId() == 0 ? null : actor.userId());
        audit.action(actor, ENTITY, decisionId, "voted", Map.of("person", attendee.personName(), "choice", form.choice().name()));
        return decisions.find(actor.organizationId(), meetingId, decisionId).orElseThrow();
    }

    /** Counts the votes; without a quorum present nothing is decided and the question stays open. */
    @Transactional
    public Decision count(Actor actor, long meetingId, long decisionId, int version) {
        Meeting m = meetings.get(actor, meetingId);
        requireCounter(actor, m);
        MeetingService.requireOpen(m);
        Decision d = decisions.lock(actor.organizationId(), meetingId, decisionId)
                .orElseThrow(() -> new NotFoundException(ENTITY, decisionId));
        if (d.version() != version) {
            throw new org.uptake.shared.error.StaleVersionException(ENTITY, decisionId);
        }
        if (d.status() != DecisionStatus.VOTING) {
            throw new InvalidInputException(null, "governance.error.votingClosed");
        }
        WorkingGroup group = groups.get(actor, m.groupId());
        List<Attendee> attendees = meetings.attendees(actor, meetingId);
        requireQuorum(group, attendees);
        List<Vote> votes = decisions.votes(actor.organizationId(), meetingId).stream()
                .filter(v -> v.decisionId() == decisionId).toList();
        Long chair = attendees.stream().filter(a -> a.role() == MemberRole.CHAIR && a.isPresent())
                .map(Attendee::personId).findFirst().orElse(null);
        VoteChoice chairVote = votes.stream().filter(v -> chair != null && v.personId() == chair)
                .map(Vote::choice).findFirst().orElse(null);
        int present = (int) attendees.stream().filter(Attendee::isPresent).count();
        Tally tally = Tally.count(votes.stream().map(Vote::choice).toList(), present, group.tieRule(), chairVote);
        decisions.decide(decisionId, tally);
        audit.action(actor, ENTITY, decisionId, "counted", Map.of("outcome", tally.outcome().name(),
                "for", tally.votesFor(), "against", tally.votesAgainst(), "abstain", tally.votesAbstain(), "present", present));
        if (tally.outcome() == DecisionStatus.ADOPTED && d.taskTitle() != null && group.programId() != null) {
            createTask(actor, group, m, d);
        }
        return decisions.find(actor.organizationId(), meetingId, decisionId).orElseThrow();
    }

    @Transactional
    public Dissent dissent(Actor actor, long meetingId, long decisionId, DissentForm form) {
        Meeting m = meetings.get(actor, meetingId);
        MeetingService.requireOpen(m);
        Decision d = get(actor, meetingId, decisionId);
        long author = voter(actor, m, form.personId());
        Attendee attendee = meetings.attendees(actor, meetingId).stream().filter(a -> a.personId() == author && a.isPresent())
                .findFirst().orElseThrow(() -> new InvalidInputException("personId", "governance.error.absent"));
        if (decisions.hasDissent(d.id(), author)) {
            throw new InvalidInputException("text", "governance.error.dissentExists");
        }
        long id = decisions.insertDissent(actor.organizationId(), d.id(), author, form.text());
        audit.action(actor, ENTITY, decisionId, "dissent", Map.of("person", attendee.personName(), "text", form.text().strip()));
        return decisions.dissents(actor.organizationId(), meetingId).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    /**
     * Whose vote or opinion this is: the actor's own (they must be a member), or — entered by the
     * secretary or chair from a show of hands or a handed-in paper — the given person's.
     */
    private long voter(Actor actor, Meeting m, Long personId) {
        var role = meetings.roleOf(actor, m.groupId());
        if (role.isEmpty()) {
            throw new ForbiddenException("vote: only members present vote");
        }
        if (personId == null || personId.equals(actor.personId())) {
            return actor.personId();
        }
        if (role.get() != MemberRole.SECRETARY && role.get() != MemberRole.CHAIR) {
            throw new ForbiddenException("vote for another member");
        }
        return personId;
    }

    private void requireCounter(Actor actor, Meeting m) {
        if (!meetings.recordsAttendance(actor, m.groupId())) {
            throw new ForbiddenException("put questions to the vote and count votes");
        }
    }

    private static void requireQuorum(WorkingGroup group, List<Attendee> attendees) {
        int present = (int) attendees.stream().filter(Attendee::isPresent).count();
        if (!group.quorate(present, attendees.size())) {
            throw new InvalidInputException(null, "governance.error.noQuorum", present, group.quorumOf(attendees.size()),
                    attendees.size());
        }
    }

    /** The decision's task goes into the program as the system: the secretary need not be able to edit the plan. */
    private void createTask(Actor actor, WorkingGroup group, Meeting m, Decision d) {
        Task task = tasks.createTask(Actor.system(actor.organizationId()), group.programId(), new NewTask(d.taskTitle(),
                d.taskOwnerId(), d.taskDueOn(), d.question(), null, "governance", "meeting:" + m.id(), "/meetings/" + m.id()));
        decisions.taskCreated(d.id(), task.id());
        audit.action(actor, ENTITY, d.id(), "task-created", Map.of("task", task.title()));
    }
}
