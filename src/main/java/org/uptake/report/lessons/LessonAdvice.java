package org.uptake.report.lessons;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.uptake.program.setup.PlaybookAdvice;
import org.uptake.shared.Actor;

/** Offers the lessons of earlier programs with the same playbook to whoever starts a new program from it. */
@Component
class LessonAdvice implements PlaybookAdvice {

    private static final int OFFERED = 10;

    private final LessonService lessons;
    private final MessageSource messages;

    LessonAdvice(LessonService lessons, MessageSource messages) {
        this.lessons = lessons;
        this.messages = messages;
    }

    @Override
    public String headingKey() {
        return "lesson.offered";
    }

    @Override
    public List<Item> forPlaybook(Actor actor, long playbookId) {
        Locale locale = Locale.forLanguageTag(actor.language() == null ? "en" : actor.language());
        return lessons.offeredFor(actor, playbookId, null, OFFERED).stream()
                .map(l -> new Item(messages.getMessage("lesson.kind." + l.kind().name(), null, locale), l.title(), l.advice(),
                        l.programName(), "/programs/" + l.programId() + "/evaluation"))
                .toList();
    }
}
