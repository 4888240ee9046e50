package org.uptake.governance.document;

import java.util.Map;
import java.util.Set;
import org.uptake.governance.markup.MarkupVocabulary;
import org.uptake.governance.markup.MarkupVocabulary.Each;

/** The placeholders governance templates may use, all filled by {@link DocumentData} from Uptake's records. */
final class TemplateVocabulary {

    static final MarkupVocabulary ALL = new MarkupVocabulary(Set.of(
            "organization.name", "today",
            "document.title", "document.number", "document.date", "document.inForceOn", "document.revision",
            "signatory.name", "signatory.position",
            "program.name", "program.objective",
            "group.name", "group.purpose", "group.kind", "group.chair", "group.secretary", "group.otherMembers",
            "group.memberNames", "group.positions", "group.memberCount", "group.quorum",
            "meeting.number", "meeting.date", "meeting.place", "meeting.agenda", "meeting.minutes", "meeting.presentCount"),
            Map.of("members", new Each("member", Set.of("name", "position", "role", "powers")),
                    "attendees", new Each("attendee", Set.of("name", "position", "role", "presence")),
                    "decisions", new Each("decision", Set.of("number", "question", "for", "against", "abstain", "outcome")),
                    "dissents", new Each("dissent", Set.of("name", "decision", "text")),
                    "tasks", new Each("task", Set.of("title", "owner", "due", "criterion"))),
            true);

    private TemplateVocabulary() {
    }
}
