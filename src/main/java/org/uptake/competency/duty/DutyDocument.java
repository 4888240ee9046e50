package org.uptake.competency.duty;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.uptake.competency.document.Doc;
import org.uptake.competency.document.DocumentRenderer;

/** The job duties document: the seed's table process | functions | goals | results | indicators. */
@Component
public class DutyDocument {

    private final MessageSource messages;
    private final DocumentRenderer renderer;

    DutyDocument(MessageSource messages, DocumentRenderer renderer) {
        this.messages = messages;
        this.renderer = renderer;
    }

    public Doc doc(String positionTitle, List<JobDuty> rows, Integer revision, Locale locale) {
        String subtitle = revision == null ? text("duties.doc.current", locale) : text("duties.doc.revision", locale, revision);
        List<List<String>> table = rows.stream().map(r -> List.of(r.name(), r.functions(),
                String.join("\n", r.goals()), String.join("\n", r.results()), String.join("\n", r.indicators()))).toList();
        return Doc.builder(text("duties.doc.title", locale, positionTitle), subtitle)
                .table(List.of(text("duties.process", locale), text("duties.functions", locale), text("duties.goals", locale),
                        text("duties.results", locale), text("duties.indicators", locale)), table)
                .build();
    }

    public org.springframework.http.ResponseEntity<byte[]> download(Doc doc, String format, Locale locale) {
        return org.uptake.competency.document.Downloads.of(doc, format, renderer, locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
