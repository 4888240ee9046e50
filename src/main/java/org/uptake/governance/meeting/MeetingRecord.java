package org.uptake.governance.meeting;

import java.util.List;
import org.uptake.governance.group.WorkingGroup;

/** A meeting with its group, attendance, decisions, votes and dissenting opinions: what its page and its minutes show. */
public record MeetingRecord(Meeting meeting, WorkingGroup group, List<Attendee> attendees, List<Decision> decisions,
                            List<Vote> votes, List<Dissent> dissents) {

    public long presentCount() {
        return attendees.stream().filter(Attendee::isPresent).count();
    }

    public List<Vote> votesOf(long decisionId) {
        return votes.stream().filter(v -> v.decisionId() == decisionId).toList();
    }

    public List<Dissent> dissentsOf(long decisionId) {
        return dissents.stream().filter(d -> d.decisionId() == decisionId).toList();
    }
}
