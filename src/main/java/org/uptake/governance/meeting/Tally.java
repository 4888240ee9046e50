package org.uptake.governance.meeting;

import java.util.List;
import org.uptake.governance.group.TieRule;

/**
 * Counts a vote as the Regulation says (§4.5): adopted by a majority of the members present —
 * more than half of them voted for. Exactly half for is a tie, settled by the group's tie rule:
 * the chair's vote decides (if the chair is present and voted for), or the proposal is rejected.
 * Members present who did not vote count as not for.
 */
public record Tally(DecisionStatus outcome, int votesFor, int votesAgainst, int votesAbstain, int present,
                    boolean chairDecided) {

    static Tally count(List<VoteChoice> votes, int present, TieRule rule, VoteChoice chairVote) {
        int yes = (int) votes.stream().filter(v -> v == VoteChoice.FOR).count();
        int no = (int) votes.stream().filter(v -> v == VoteChoice.AGAINST).count();
        int abstain = (int) votes.stream().filter(v -> v == VoteChoice.ABSTAIN).count();
        if (yes * 2 > present) {
            return new Tally(DecisionStatus.ADOPTED, yes, no, abstain, present, false);
        }
        if (yes * 2 == present && yes == no && rule == TieRule.CHAIR_DECIDES && chairVote != null) {
            DecisionStatus outcome = chairVote == VoteChoice.FOR ? DecisionStatus.ADOPTED : DecisionStatus.REJECTED;
            return new Tally(outcome, yes, no, abstain, present, true);
        }
        return new Tally(DecisionStatus.REJECTED, yes, no, abstain, present, false);
    }
}
