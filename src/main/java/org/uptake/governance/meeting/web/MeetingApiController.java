package org.uptake.governance.meeting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;
import org.uptake.governance.meeting.AttendanceForm;
import org.uptake.governance.meeting.Decision;
import org.uptake.governance.meeting.DecisionService;
import org.uptake.governance.meeting.Dissent;
import org.uptake.governance.meeting.DissentForm;
import org.uptake.governance.meeting.Meeting;
import org.uptake.governance.meeting.MeetingForm;
import org.uptake.governance.meeting.MeetingRecord;
import org.uptake.governance.meeting.MeetingService;
import org.uptake.governance.meeting.MinutesForm;
import org.uptake.governance.meeting.ProposalForm;
import org.uptake.governance.meeting.VoteForm;

@Tag(name = "Meetings", description = "Meetings of working groups: agenda, attendance, minutes, decisions by vote, dissenting opinions")
@RestController
class MeetingApiController {

    private final MeetingService meetings;
    private final DecisionService decisions;

    MeetingApiController(MeetingService meetings, DecisionService decisions) {
        this.meetings = meetings;
        this.decisions = decisions;
    }

    @GetMapping("/api/v1/working-groups/{groupId}/meetings")
    List<Meeting> ofGroup(@PathVariable long groupId) {
        return meetings.ofGroup(CurrentActor.get(), groupId);
    }

    @PostMapping("/api/v1/working-groups/{groupId}/meetings")
    @Operation(summary = "Schedules a meeting (admins, coordinators, the group's chair and secretary)")
    ResponseEntity<Meeting> schedule(@PathVariable long groupId, @Valid @RequestBody MeetingForm form) {
        Meeting created = meetings.schedule(CurrentActor.get(), groupId, form);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/meetings/{id}")
    @Operation(summary = "The meeting with attendance, decisions, every member's vote and the dissenting opinions")
    MeetingRecord get(@PathVariable long id) {
        return meetings.record(CurrentActor.get(), id);
    }

    @PutMapping("/api/v1/meetings/{id}")
    Meeting update(@PathVariable long id, @Valid @RequestBody MeetingForm form) {
        return meetings.update(CurrentActor.get(), id, form);
    }

    @PutMapping("/api/v1/meetings/{id}/attendance")
    @Operation(summary = "Records who is present (secretary or chair); the other members are absent")
    Meeting attendance(@PathVariable long id, @RequestBody AttendanceForm form) {
        return meetings.recordAttendance(CurrentActor.get(), id, form);
    }

    @PutMapping("/api/v1/meetings/{id}/minutes")
    @Operation(summary = "The minutes; only the group's secretary edits them")
    Meeting minutes(@PathVariable long id, @Valid @RequestBody MinutesForm form) {
        return meetings.writeMinutes(CurrentActor.get(), id, form);
    }

    @PostMapping("/api/v1/meetings/{id}/close")
    Meeting close(@PathVariable long id, @RequestParam int version) {
        return meetings.close(CurrentActor.get(), id, version);
    }

    @PostMapping("/api/v1/meetings/{id}/decisions")
    @Operation(summary = "Puts a question to the vote (secretary or chair); refused without a quorum present")
    ResponseEntity<Decision> propose(@PathVariable long id, @Valid @RequestBody ProposalForm form) {
        Decision created = decisions.propose(CurrentActor.get(), id, form);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id + "/decisions/" + created.id())).body(created);
    }

    @PostMapping("/api/v1/meetings/{id}/decisions/{decisionId}/votes")
    @Operation(summary = "Votes FOR, AGAINST or ABSTAIN; only members present vote (the secretary or chair may enter a member's vote with personId)")
    Decision vote(@PathVariable long id, @PathVariable long decisionId, @Valid @RequestBody VoteForm form) {
        return decisions.vote(CurrentActor.get(), id, decisionId, form);
    }

    @PostMapping("/api/v1/meetings/{id}/decisions/{decisionId}/count")
    @Operation(summary = "Counts the votes: majority of the members present, ties by the group's tie rule; an adopted task goes into the program")
    Decision count(@PathVariable long id, @PathVariable long decisionId, @RequestParam int version) {
        return decisions.count(CurrentActor.get(), id, decisionId, version);
    }

    @PostMapping("/api/v1/meetings/{id}/decisions/{decisionId}/dissents")
    @Operation(summary = "A dissenting opinion in writing by a member present")
    Dissent dissent(@PathVariable long id, @PathVariable long decisionId, @Valid @RequestBody DissentForm form) {
        return decisions.dissent(CurrentActor.get(), id, decisionId, form);
    }
}
