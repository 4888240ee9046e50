package org.uptake.training.enrolment;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.competency.session.SessionRequest;
import org.uptake.competency.session.SessionRequestService;
import org.uptake.shared.Actor;
import org.uptake.shared.error.InvalidInputException;

/**
 * Answers the units' training-session requests of the competency module (one session for everyone in
 * a unit with the same gap, seed 002 line 484): the coordinator picks a planned session, the people who
 * still have the gap are enrolled in bulk (capacity and waitlist as always) and the request records the
 * session. One transaction: a stale request leaves nobody enrolled.
 */
@Service
public class RequestIntakeService {

    private final SessionRequestService requests;
    private final EnrolmentService enrolments;

    RequestIntakeService(SessionRequestService requests, EnrolmentService enrolments) {
        this.requests = requests;
        this.enrolments = enrolments;
    }

    /** The open requests the actor may schedule (coordinators and admins), oldest first. */
    public List<SessionRequest> open(Actor actor) {
        return requests.open(actor, 100);
    }

    @Transactional
    public EnrolmentResult schedule(Actor actor, long sessionId, long requestId, int requestVersion) {
        List<Long> people = requests.peopleWithGap(actor, requestId);
        if (people.isEmpty()) {
            throw new InvalidInputException("requestId", "training.error.noGapLeft");
        }
        EnrolmentResult result = enrolments.enrol(actor, sessionId, new Selection(people, List.of(), List.of(), null));
        requests.markScheduled(actor, requestId, requestVersion, "training-session-" + sessionId);
        return result;
    }
}
