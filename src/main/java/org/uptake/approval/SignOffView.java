package org.uptake.approval;

import java.time.Instant;
import java.util.List;
import org.uptake.approval.event.SignOffCondition;

/**
 * A request with everything its page shows: every round's steps and approvers (the current round
 * first), the thread, and what the viewing actor may do with it.
 */
public record SignOffView(SignOff signOff, String unitName, List<Round> rounds, List<Comment> comments,
                          Actions actions) {

    public SignOffView {
        rounds = List.copyOf(rounds);
        comments = List.copyOf(comments);
    }

    public Round currentRound() {
        return rounds.getFirst();
    }

    /** Earlier rounds, newest first: what was decided before the request was asked again. */
    public List<Round> earlierRounds() {
        return rounds.subList(1, rounds.size());
    }

    /** The conditions attached to approvals in the current round. */
    public List<SignOffCondition> conditions() {
        return currentRound().steps().stream().flatMap(s -> s.approvers().stream())
                .flatMap(a -> a.conditions().stream()).toList();
    }

    public record Round(int number, List<Step> steps) {
        public Round {
            steps = List.copyOf(steps);
        }
    }

    /** @param status WAITING (a later step), OPEN, APPROVED, REJECTED, or CLOSED (never reached) */
    public record Step(long id, int round, int ordinal, String name, ApprovalRule rule, int quorum, String status,
                       Instant openedAt, Instant decidedAt, List<Approver> approvers) {
        public Step {
            approvers = List.copyOf(approvers);
        }

        public long approvals() {
            return approvers.stream().filter(a -> a.decision() != null && a.decision().approves()).count();
        }
    }

    /**
     * One approver's place in a step. {@code actingName} is set when a delegate decided for them;
     * {@code delegates} are the people who may decide for them on this request today.
     */
    public record Approver(long id, long personId, String name, boolean canSignIn, SignOffDecision decision,
                           Instant decidedAt, Long actingPersonId, String actingName, String comment,
                           List<SignOffCondition> conditions, List<String> delegates) {
        public Approver {
            conditions = List.copyOf(conditions);
            delegates = List.copyOf(delegates);
        }
    }

    /**
     * @param kind       COMMENT, a decision (APPROVED, APPROVED_WITH_CONDITIONS, REJECTED), CANCELLED, NEW_ROUND, STALE or DELEGATED
     * @param onBehalfOf the approver a delegate decided for
     */
    public record Comment(long id, int round, String kind, String authorName, String onBehalfOf, String body, Instant at) {
    }

    /**
     * What the viewing actor may do.
     *
     * @param decideFor    the approvers the actor can decide for now (themselves and whom they act for)
     * @param delegateFor  the undecided approvers whose place the actor may hand to a delegate
     */
    public record Actions(List<Choice> decideFor, List<Choice> delegateFor, boolean comment, boolean cancel,
                          boolean newRound) {
        public Actions {
            decideFor = List.copyOf(decideFor);
            delegateFor = List.copyOf(delegateFor);
        }

        public boolean decide() {
            return !decideFor.isEmpty();
        }

        public static Actions none() {
            return new Actions(List.of(), List.of(), false, false, false);
        }
    }

    /** An approver the actor can act for; {@code self} when it is the actor's own place. */
    public record Choice(long personId, String name, boolean self) {
    }
}
