package org.uptake.governance.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.uptake.governance.group.GroupMember;
import org.uptake.governance.group.MemberRole;
import org.uptake.governance.group.WorkingGroup;
import org.uptake.governance.group.WorkingGroupService;
import org.uptake.governance.meeting.MeetingRecord;
import org.uptake.governance.meeting.MeetingService;
import org.uptake.org.OrganizationService;
import org.uptake.org.person.PersonService;
import org.uptake.org.person.PersonView;
import org.uptake.program.Program;
import org.uptake.program.ProgramService;
import org.uptake.program.plan.PlanService;
import org.uptake.shared.Actor;
import org.uptake.governance.markup.MarkupValues;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;

/**
 * Gathers the values a document's placeholders take from Uptake's records: the organisation, the
 * signatory, the program (and its plan as the action plan's measures), the group and its members,
 * the meeting with its attendance, decisions and dissenting opinions. Role and outcome names and
 * dates are written in the template's language.
 */
@Component
class DocumentData {

    private final OrganizationService organizations;
    private final PersonService people;
    private final ProgramService programs;
    private final PlanService plans;
    private final WorkingGroupService groups;
    private final MeetingService meetings;
    private final MessageSource messages;

    DocumentData(OrganizationService organizations, PersonService people, ProgramService programs, PlanService plans,
                 WorkingGroupService groups, MeetingService meetings, MessageSource messages) {
        this.organizations = organizations;
        this.people = people;
        this.programs = programs;
        this.plans = plans;
        this.groups = groups;
        this.meetings = meetings;
        this.messages = messages;
    }

    /** The values for a draft; ids that are not records of the organisation are refused as input. */
    MarkupValues of(Actor actor, DocumentForm form, String language, String number, LocalDate date, int revision) {
        Locale locale = Locale.forLanguageTag(language);
        Map<String, String> v = new HashMap<>();
        Map<String, List<Map<String, String>>> lists = new HashMap<>();
        form.fields().forEach((k, value) -> v.put("field." + k, value));
        v.put("organization.name", organizations.current(actor).name());
        v.put("today", date(LocalDate.now(), locale));
        v.put("document.title", form.title());
        v.put("document.number", number == null ? "____" : number);
        v.put("document.date", date == null ? "__.__.____" : date(date, locale));
        v.put("document.revision", String.valueOf(revision));
        if (form.signatoryId() != null) {
            PersonView s = find("signatoryId", () -> people.view(actor, form.signatoryId()));
            v.put("signatory.name", s.person().fullName());
            v.put("signatory.position", s.positionTitle() == null ? "" : s.positionTitle());
        }
        if (form.programId() != null) {
            program(actor, form.programId(), locale, v, lists);
        }
        if (form.groupId() != null) {
            group(actor, form.groupId(), locale, v, lists);
        }
        if (form.meetingId() != null) {
            meeting(actor, form.meetingId(), form.groupId(), locale, v, lists);
        }
        return new MarkupValues(v, lists);
    }

    private void program(Actor actor, long programId, Locale locale, Map<String, String> v,
                         Map<String, List<Map<String, String>>> lists) {
        Program p = find("programId", () -> programs.requireReader(actor, programId).program());
        v.put("program.name", p.name());
        v.put("program.objective", p.objective() == null ? "" : p.objective());
        lists.put("tasks", plans.tasksOf(actor, programId, null).stream().map(t -> Map.of(
                "task.title", t.title(), "task.owner", t.ownerName() == null ? "" : t.ownerName(),
                "task.due", t.deadline() == null ? "" : date(t.deadline(), locale), "task.criterion", "")).toList());
    }

    private void group(Actor actor, long groupId, Locale locale, Map<String, String> v,
                       Map<String, List<Map<String, String>>> lists) {
        WorkingGroup g = find("groupId", () -> groups.get(actor, groupId));
        List<GroupMember> members = groups.members(actor, groupId);
        v.put("group.name", g.name());
        v.put("group.purpose", g.purpose() == null ? "" : g.purpose());
        v.put("group.kind", text("governance.kind." + g.kind(), locale));
        v.put("group.chair", describe(members, MemberRole.CHAIR));
        v.put("group.secretary", describe(members, MemberRole.SECRETARY));
        v.put("group.otherMembers", members.stream().filter(m -> m.role() != MemberRole.CHAIR)
                .map(DocumentData::described).collect(Collectors.joining(", ")));
        v.put("group.memberNames", members.stream().map(GroupMember::personName).collect(Collectors.joining(", ")));
        v.put("group.positions", members.stream().map(m -> m.positionTitle() == null ? m.personName() : m.positionTitle())
                .distinct().collect(Collectors.joining(", ")));
        v.put("group.memberCount", String.valueOf(members.size()));
        v.put("group.quorum", String.valueOf(g.quorumOf(members.size())));
        lists.put("members", members.stream().map(m -> Map.of("member.name", m.personName(),
                "member.position", nz(m.positionTitle()), "member.role", text("governance.role." + m.role(), locale),
                "member.powers", nz(m.powers()))).toList());
    }

    private void meeting(Actor actor, long meetingId, Long groupId, Locale locale, Map<String, String> v,
                         Map<String, List<Map<String, String>>> lists) {
        MeetingRecord r = find("meetingId", () -> meetings.record(actor, meetingId));
        if (groupId == null) {
            group(actor, r.group().id(), locale, v, lists);
        } else if (groupId != r.group().id()) {
            throw new InvalidInputException("meetingId", "governance.error.meetingOfOtherGroup");
        }
        v.put("meeting.number", String.valueOf(r.meeting().number()));
        v.put("meeting.date", date(r.meeting().heldOn(), locale));
        v.put("meeting.place", nz(r.meeting().place()));
        v.put("meeting.agenda", r.meeting().agenda());
        v.put("meeting.minutes", nz(r.meeting().minutes()));
        v.put("meeting.presentCount", String.valueOf(r.presentCount()));
        lists.put("attendees", r.attendees().stream().map(a -> Map.of("attendee.name", a.personName(),
                "attendee.position", nz(a.positionTitle()), "attendee.role", text("governance.role." + a.role(), locale),
                "attendee.presence", text(a.isPresent() ? "governance.present" : "governance.absent", locale))).toList());
        List<Map<String, String>> decisions = new ArrayList<>();
        List<Map<String, String>> dissents = new ArrayList<>();
        for (int i = 0; i < r.decisions().size(); i++) {
            var d = r.decisions().get(i);
            String n = String.valueOf(i + 1);
            decisions.add(Map.of("decision.number", n, "decision.question", d.question(),
                    "decision.for", count(d.votesFor()), "decision.against", count(d.votesAgainst()),
                    "decision.abstain", count(d.votesAbstain()), "decision.outcome", text("governance.decision." + d.status(), locale)));
            r.dissentsOf(d.id()).forEach(s -> dissents.add(Map.of("dissent.name", s.personName(), "dissent.decision", n,
                    "dissent.text", s.text())));
        }
        lists.put("decisions", decisions);
        lists.put("dissents", dissents);
    }

    private static String describe(List<GroupMember> members, MemberRole role) {
        return members.stream().filter(m -> m.role() == role).map(DocumentData::described).findFirst().orElse("");
    }

    private static String described(GroupMember m) {
        return m.positionTitle() == null ? m.personName() : m.positionTitle() + ", " + m.personName();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    static String date(LocalDate d, Locale locale) {
        return d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    private static String count(Integer n) {
        return n == null ? "" : n.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static <T> T find(String field, java.util.function.Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (NotFoundException e) {
            throw new InvalidInputException(field, "governance.error.reference");
        }
    }
}
