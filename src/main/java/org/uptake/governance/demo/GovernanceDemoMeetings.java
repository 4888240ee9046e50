package org.uptake.governance.demo;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.uptake.governance.group.WorkingGroup;
import org.uptake.governance.meeting.Attendee;
import org.uptake.governance.meeting.AttendanceForm;
import org.uptake.governance.meeting.Decision;
import org.uptake.governance.meeting.DecisionService;
import org.uptake.governance.meeting.DissentForm;
import org.uptake.governance.meeting.Meeting;
import org.uptake.governance.meeting.MeetingForm;
import org.uptake.governance.meeting.MeetingService;
import org.uptake.governance.meeting.MinutesForm;
import org.uptake.governance.meeting.ProposalForm;
import org.uptake.governance.meeting.VoteChoice;
import org.uptake.governance.meeting.VoteForm;
import org.uptake.shared.Actor;

/** The demo group's meetings: the first held and closed with a decision and a dissenting opinion, the second planned. */
@Component
class GovernanceDemoMeetings {

    private final MeetingService meetings;
    private final DecisionService decisions;

    GovernanceDemoMeetings(MeetingService meetings, DecisionService decisions) {
        this.meetings = meetings;
        this.decisions = decisions;
    }

    void held(WorkingGroup group, Actor chair, Actor secretary, Actor head) {
        Meeting m = meetings.schedule(secretary, group.id(), new MeetingForm(LocalDate.now().minusDays(14), "Head office, room 3",
                "1. The action plan for the transition.\n2. Training needs of the stations.", 0));
        List<Long> present = meetings.attendees(secretary, m.id()).stream().map(Attendee::personId).limit(4).toList();
        m = meetings.recordAttendance(secretary, m.id(), new AttendanceForm(present, m.version()));
        Decision plan = decisions.propose(secretary, m.id(), new ProposalForm("Approve the action plan for the transition",
                group.programId() == null ? null : "Publish the approved action plan to the stations", null,
                LocalDate.now().plusDays(7)));
        decisions.vote(chair, m.id(), plan.id(), new VoteForm(VoteChoice.FOR, null));
        decisions.vote(secretary, m.id(), plan.id(), new VoteForm(VoteChoice.FOR, null));
        decisions.vote(head, m.id(), plan.id(), new VoteForm(VoteChoice.AGAINST, null));
        for (Long other : present) {
            if (other != chair.personId().longValue() && other != secretary.personId().longValue() && other != head.personId().longValue()) {
                decisions.vote(secretary, m.id(), plan.id(), new VoteForm(VoteChoice.FOR, other));
            }
        }
        Decision counted = decisions.count(chair, m.id(), plan.id(), decisions.get(chair, m.id(), plan.id()).version());
        decisions.dissent(head, m.id(), counted.id(), new DissentForm(
                "The pilot station needs two more weeks before the others start; the plan's dates are too tight.", null));
        m = meetings.get(secretary, m.id());
        m = meetings.writeMinutes(secretary, m.id(), new MinutesForm("""
                Heard: the chair on the draft action plan; the head of the pilot station on the stations' readiness.
                Decided: approve the action plan (for 3, against 1); the head's dissenting opinion is attached.
                Training needs: each station lists its people by the end of next week.""", m.version()));
        meetings.close(secretary, m.id(), m.version());
    }

    void planned(WorkingGroup group, Actor secretary) {
        meetings.schedule(secretary, group.id(), new MeetingForm(LocalDate.now().plusDays(10), "Head office, room 3",
                "1. Progress of the action plan.\n2. Regulation on the working group.", 0));
    }
}
