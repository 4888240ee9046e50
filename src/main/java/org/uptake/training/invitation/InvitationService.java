package org.uptake.training.invitation;

import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.training.enrolment.SeatsFilled;
import org.uptake.training.enrolment.Unenrolled;
import org.uptake.training.session.SessionChanged;
import org.uptake.training.session.SessionService;
import org.uptake.training.session.TrainingSession;

/**
 * Starts invitation runs. A run is recorded set-based (one row per invitee in one statement) and turned
 * into outbox mail by {@link InvitationSender} in the background, so 20,000 invitations return at once
 * and survive a restart. A change of time or place after sending re-sends with a raised SEQUENCE; a
 * cancellation sends METHOD:CANCEL to everyone invited.
 */
@Service
public class InvitationService {

    private final SessionService sessions;
    private final InvitationRepository invitations;
    private final AuditLog audit;

    InvitationService(SessionService sessions, InvitationRepository invitations, AuditLog audit) {
        this.sessions = sessions;
        this.invitations = invitations;
        this.audit = audit;
    }

    /** Queues invitations for everyone enrolled who has not had this version of the session yet. */
    @Transactional
    public InvitationRun send(Actor actor, long sessionId) {
        TrainingSession s = sessions.requireEditor(actor, sessionId);
        if (s.cancelled()) {
            throw new InvalidInputException(null, "training.error.sessionCancelled");
        }
        long run = invitations.startRun(actor.organizationId(), sessionId, "REQUEST", s.sequence(), actor.displayName());
        int total = invitations.addEnrolled(actor.organizationId(), run, sessionId, s.sequence());
        if (total == 0) {
            invitations.deleteRun(run);
            throw new InvalidInputException(null, "training.error.nobodyToInvite");
        }
        invitations.setTotal(run, total);
        audit.action(actor, SessionService.ENTITY, sessionId, "invitationsSent", Map.of("count", total));
        return runs(actor, sessionId).get(0);
    }

    public List<InvitationRun> runs(Actor actor, long sessionId) {
        sessions.requireTrainerOrEditor(actor, sessionId);
        return invitations.runs(actor.organizationId(), sessionId);
    }

    public List<InvalidAddress> invalid(Actor actor, long sessionId) {
        sessions.requireTrainerOrEditor(actor, sessionId);
        return invitations.invalid(actor.organizationId(), sessionId);
    }

    /** The invitees hear of every change to time or place, and of the cancellation. */
    @EventListener
    public void on(SessionChanged e) {
        TrainingSession s = sessions.find(e.organizationId(), e.sessionId());
        if (!invitations.anySent(s.id())) {
            return;
        }
        String method = e.cancelled() ? "CANCEL" : "REQUEST";
        boolean alreadyAtSequence = !e.cancelled() && invitations.runs(e.organizationId(), s.id()).stream()
                .anyMatch(r -> r.sequence() == s.sequence() && r.method().equals("REQUEST"));
        if (alreadyAtSequence) {
            return; // nothing the invitees see changed (capacity, trainer)
        }
        long run = invitations.startRun(e.organizationId(), s.id(), method, s.sequence(), e.byName());
        int total = invitations.addInvited(e.organizationId(), run, s.id(), !e.cancelled());
        invitations.setTotal(run, total);
    }

    /** A person taken out after being invited gets a METHOD:CANCEL for their copy of the event. */
    @EventListener
    public void on(Unenrolled e) {
        if (!invitations.wasInvited(e.sessionId(), e.personId())) {
            return;
        }
        TrainingSession s = sessions.find(e.organizationId(), e.sessionId());
        long run = invitations.startRun(e.organizationId(), s.id(), "CANCEL", s.sequence(), e.byName());
        invitations.addPerson(e.organizationId(), run, e.personId());
        invitations.setTotal(run, 1);
    }

    /** Once invitations went out, people promoted from the waitlist are invited at the session's current SEQUENCE. */
    @EventListener
    public void on(SeatsFilled e) {
        if (!invitations.anySent(e.sessionId())) {
            return;
        }
        TrainingSession s = sessions.find(e.organizationId(), e.sessionId());
        long run = invitations.startRun(e.organizationId(), s.id(), "REQUEST", s.sequence(), e.byName());
        invitations.addPeople(e.organizationId(), run, e.personIds());
        invitations.setTotal(run, e.personIds().size());
    }
}
