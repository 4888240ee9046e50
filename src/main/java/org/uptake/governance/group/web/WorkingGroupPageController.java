package org.uptake.governance.group.web;

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
import org.uptake.governance.group.MemberForm;
import org.uptake.governance.group.MemberRole;
import org.uptake.governance.group.WorkingGroup;
import org.uptake.governance.group.WorkingGroupForm;
import org.uptake.governance.group.WorkingGroupService;
import org.uptake.governance.meeting.MeetingForm;
import org.uptake.governance.meeting.MeetingService;
import org.uptake.governance.web.PageChange;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.paging.PageRequest;

/** Working groups and commissions as pages: the list, a group with its members and meetings, and the group form. */
@Controller
@RequestMapping("/working-groups")
class WorkingGroupPageController {

    private static final String FORM = "governance/groups/form";

    private final WorkingGroupService groups;
    private final MeetingService meetings;
    private final DocumentInstanceService documents;
    private final ProgramService programs;
    private final PageChange change;
    private final AuditLog audit;

    WorkingGroupPageController(WorkingGroupService groups, MeetingService meetings, DocumentInstanceService documents,
                               ProgramService programs, PageChange change, AuditLog audit) {
        this.groups = groups;
        this.meetings = meetings;
        this.documents = documents;
        this.programs = programs;
        this.change = change;
        this.audit = audit;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String after, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("q", q);
        model.addAttribute("page", groups.list(actor, new PageRequest(q, after, 50), null));
        model.addAttribute("mine", groups.mine(actor));
        model.addAttribute("mayEdit", groups.mayEdit(actor));
        return "governance/groups/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        WorkingGroup group = groups.get(actor, id);
        model.addAttribute("group", group);
        model.addAttribute("members", groups.members(actor, id));
        model.addAttribute("meetings", meetings.ofGroup(actor, id));
        model.addAttribute("roles", MemberRole.values());
        model.addAttribute("mayEdit", groups.mayEdit(actor));
        model.addAttribute("maySchedule", meetings.maySchedule(actor, id));
        model.addAttribute("mayDraft", documents.mayWrite(actor));
        if (group.programId() != null) {
            model.addAttribute("programName", programs.find(actor, group.programId()).name());
        }
        model.addAttribute("history", audit.history(actor.organizationId(), WorkingGroupService.ENTITY, id, 50));
        return "governance/groups/show";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        Actor actor = CurrentActor.get();
        groups.requireEditor(actor);
        return form(actor, WorkingGroupForm.blank(), null, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") WorkingGroupForm form, Model model) {
        Actor actor = CurrentActor.get();
        groups.requireEditor(actor);
        try {
            return "redirect:/working-groups/" + groups.create(actor, change.check(form)).id();
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        }
        return form(actor, form, null, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        groups.requireEditor(actor);
        WorkingGroup group = groups.get(actor, id);
        return form(actor, WorkingGroupForm.of(group), group, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") WorkingGroupForm form, Model model) {
        Actor actor = CurrentActor.get();
        groups.requireEditor(actor);
        WorkingGroup group = groups.get(actor, id);
        try {
            groups.update(actor, id, change.check(form));
            return "redirect:/working-groups/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        } catch (StaleVersionException e) {
            model.addAttribute("violations", java.util.List.of(Violation.of(null, "error.stale")));
        }
        return form(actor, form, group, model);
    }

    @PostMapping("/{id}/members")
    String addMember(@PathVariable long id, @RequestParam(required = false) Long personId,
                     @RequestParam(required = false) MemberRole role, @RequestParam(required = false) String powers,
                     @RequestParam int version, RedirectAttributes flash) {
        Actor actor = CurrentActor.get();
        groups.requireEditor(actor);
        return change.run(flash, "/working-groups/" + id, "governance.done.memberAdded", () -> {
            groups.addMember(actor, id, change.check(new MemberForm(personId, role, powers)), version);
            return null;
        });
    }

    @PostMapping("/{id}/members/{memberId}/delete")
    String removeMember(@PathVariable long id, @PathVariable long memberId, @RequestParam int version,
                        RedirectAttributes flash) {
        Actor actor = CurrentActor.get();
        groups.requireEditor(actor);
        return change.run(flash, "/working-groups/" + id, "governance.done.memberRemoved", () -> {
            groups.removeMember(actor, id, memberId, version);
            return null;
        });
    }

    @PostMapping("/{id}/meetings")
    String schedule(@PathVariable long id, @ModelAttribute MeetingForm form, RedirectAttributes flash) {
        Actor actor = CurrentActor.get();
        return change.run(flash, "/working-groups/" + id, "governance.done.meetingScheduled",
                () -> "/meetings/" + meetings.schedule(actor, id, change.check(form)).id());
    }

    private String form(Actor actor, WorkingGroupForm form, WorkingGroup group, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("group", group);
        model.addAttribute("programs", programs.list(actor, null, PageRequest.first(200)).items());
        return FORM;
    }
}
