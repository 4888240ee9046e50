package org.uptake.program.plan;

import org.uptake.shared.Actor;

/**
 * How a phase (stage) whose tasks meet their criteria gets accepted. The plan ships
 * {@link DirectStageAcceptance}: the coordinator or sponsor accepts it on the spot. A capability that
 * runs sign-offs (approval / rollout) declares a bean with a higher {@link #priority()} that opens a
 * sign-off request and answers {@link Outcome#requested(String)}; when the request is decided it
 * calls {@link PhaseService#recordAcceptance} or {@link PhaseService#recordRejection}.
 */
public interface StageAcceptance {

    /** The bean with the highest priority decides; the built-in direct acceptance has 0. */
    int priority();

    Outcome request(Actor actor, AcceptanceRequest request);

    /** What is asked to be accepted: the phase, its program, the requester's note. */
    record AcceptanceRequest(long programId, long phaseId, String phaseName, String note) {
    }

    /** Accepted now, or requested (with the reference of the sign-off request that will decide). */
    record Outcome(boolean accepted, String reference) {
        public static Outcome acceptedNow() {
            return new Outcome(true, null);
        }

        public static Outcome requested(String reference) {
            return new Outcome(false, reference);
        }
    }
}
