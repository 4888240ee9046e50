package org.uptake.governance.meeting.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.governance.document.DocumentInstanceService;
import org.uptake.governance.meeting.AttendanceForm;
import org.uptake.governance.meeting.DecisionService;
import org.uptake.governance.meeting.DissentForm;
import org.uptake.governance.meeting.MeetingForm;
import org.uptake.governance.meeting.MeetingRecord;
import org.uptake.governance.meeting.MeetingService;
import org.uptake.governance.meeting.MinutesForm;
import org.uptake.governance.meeting.ProposalForm;
import org.uptake.governance.meeting.VoteChoice;
import org.uptake.governance.meeting.VoteForm;
import org.uptake.governance.web.PageChange;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.audit.AuditLog;

/**
 * A meeting as one page: agenda, attendance, the minutes (the secretary's editor), the questions
 * put to the vote with every member's vote, the dissenting opinions, and the buttons each role
 * may use. Every change posts, redirects back and shows what happened or why it was refused.
 */
@Controller
@RequestMapping("/meetings/{id}")
class MeetingPageController {

    private final MeetingService meetings;
    private final DecisionService decisions;
    private final DocumentInstanceService documents;
    private final PageChange change;
    private final AuditLog audit;

    MeetingPageController(MeetingService meetings, DecisionService decisions, DocumentInstanceService documents,
                          PageChange change, AuditLog audit) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.documents = documents;
        this.change = change;
        this.audit = audit;
    }

    @GetMapping
    String show(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        MeetingRecord record = meetings.record(actor, id);
        long group = record.group().id();
        model.addAttribute("r", record);
        model.addAttribute("myRole", meetings.roleOf(actor, group).orElse(null));
        model.addAttribute("iAmPresent", actor.personId() != null && record.attendees().stream()
                .anyMatch(a -> a.personId() == actor.personId() && a.isPresent()));
        model.addAttribute("maySchedule", meetings.maySchedule(actor, group));
        model.addAttribute("keepsMinutes", meetings.keepsMinutes(actor, group));
        model.addAttribute("recordsAttendance", meetings.recordsAttendance(actor, group));
        model.addAttribute("mayDraft", documents.mayWrite(actor));
        model.addAttribute("choices", VoteChoice.values());
        model.addAttribute("history", audit.history(actor.organizationId(), MeetingService.ENTITY, id, 50));
        return "governance/meetings/show";
    }

    @PostMapping
    String update(@PathVariable long id, @ModelAttribute MeetingForm form, RedirectAttributes flash) {
        return change.run(flash, back(id), "governance.done.saved", () -> {
            meetings.update(CurrentActor.get(), id, change.check(form));
            return null;
        });
    }

    @PostMapping("/attendance")
    String attendance(@PathVariable long id, @RequestParam(required = false) List<Long> present, @RequestParam int version,
                      RedirectAttributes flash) {
        return change.run(flash, back(id), "governance.done.attendance", () -> {
            meetings.recordAttendance(CurrentActor.get(), id, new AttendanceForm(present, version));
            return null;
        });
    }

    @PostMapping("/minutes")
    String minutes(@PathVariable long id, @ModelAttribute MinutesForm form, RedirectAttributes flash) {
        return change.run(flash, back(id), "governance.done.minutes", () -> {
            meetings.writeMinutes(CurrentActor.get(), id, change.check(form));
            return null;
        });
    }

    @PostMapping("/close")
    String close(@PathVariable long id, @RequestParam int version, RedirectAttributes flash) {
        return change.run(flash, back(id), "governance.done.closed", () -> {
            meetings.close(CurrentActor.get(), id, version);
            return null;
        });
    }

    @PostMapping("/decisions")
    String propose(@PathVariable long id, @ModelAttribute ProposalForm form, RedirectAttributes flash) {
        return change.run(flash, back(id), "governance.done.proposed", () -> {
            decisions.propose(CurrentActor.get(), id, change.check(form));
            return null;
        });
    }

    @PostMapping("/decisions/{decisionId}/votes")
    String vote(@PathVariable long id, @PathVariable long decisionId, @RequestParam(required = false) VoteChoice choice,
                @RequestParam(required = false) Long personId, RedirectAttributes flash) {
        return change.run(flash, back(id), "governance.done.voted", () -> {
            decisions.vote(CurrentActor.get(), id, decisionId, change.check(new VoteForm(choice, personId)));
            return null;
        });
    }

    @PostMapping("/decisions/{decisionId}/count")
    String count(@PathVariable long id, @PathVariable long decisionId, @RequestParam int version, RedirectAttributes flash) {
        return change.run(flash, back(id), "governance.done.counted", () -> {
            decisions.count(CurrentActor.get(), id, decisionId, version);
            return null;
        });
    }

    @PostMapping("/decisions/{decisionId}/dissents")
    String dissent(@PathVariable long id, @PathVariable long decisionId, @ModelAttribute DissentForm form,
                   RedirectAttributes flash) {
        return change.run(flash, back(id), "governance.done.dissent", () -> {
            decisions.dissent(CurrentActor.get(), id, decisionId, change.check(form));
            return null;
        });
    }

    private static String back(long id) {
        return "/meetings/" + id;
    }
}
