package org.uptake.competency.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.uptake.competency.document.Doc;
import org.uptake.competency.document.DocumentRenderer;
import org.uptake.competency.document.Downloads;

/** The job profile document in its seven sections, and the vacancy text written from it (seed 002 lines 433, 480). */
@Component
public class ProfileDocument {

    private final MessageSource messages;
    private final DocumentRenderer renderer;

    ProfileDocument(MessageSource messages, DocumentRenderer renderer) {
        this.messages = messages;
        this.renderer = renderer;
    }

    public Doc profile(JobProfile p, Locale locale) {
        String none = text("profile.none", locale);
        return Doc.builder(text("profile.doc.title", locale, p.positionTitle()), null)
                .heading(text("profile.generalKnowledge", locale)).bullets(lines(p.generalKnowledge()), none)
                .heading(text("profile.subjectKnowledge", locale)).bullets(lines(p.subjectKnowledge()), none)
                .heading(text("profile.skills", locale)).bullets(lines(p.skills()), none)
                .heading(text("profile.personalQualities", locale)).bullets(lines(p.personalQualities()), none)
                .heading(text("profile.values", locale)).bullets(p.values(), none)
                .heading(text("profile.functionalDuties", locale)).bullets(p.functionalDuties(), none)
                .heading(text("profile.areas", locale)).bullets(p.areasOfResponsibility(), none)
                .build();
    }

    /** A vacancy announcement: the profile says everything a candidate needs to know. */
    public Doc vacancy(JobProfile p, Locale locale) {
        var b = Doc.builder(text("vacancy.title", locale, p.positionTitle()), null)
                .paragraph(text("vacancy.intro", locale, p.positionTitle()));
        section(b, text("vacancy.duties", locale), p.functionalDuties());
        section(b, text("vacancy.responsible", locale), p.areasOfResponsibility());
        section(b, text("vacancy.required", locale), names(p.generalKnowledge()));
        section(b, text("vacancy.welcome", locale), names(p.subjectKnowledge()));
        section(b, text("vacancy.skills", locale), names(p.skills()));
        section(b, text("vacancy.qualities", locale), names(p.personalQualities()));
        section(b, text("vacancy.values", locale), p.values());
        return b.build();
    }

    /** The vacancy as plain text, to paste into a job board. */
    public String vacancyText(JobProfile p, Locale locale) {
        Doc d = vacancy(p, locale);
        StringBuilder out = new StringBuilder(d.title()).append("\n\n");
        for (Doc.Block block : d.blocks()) {
            switch (block) {
                case Doc.Heading h -> out.append(h.text()).append('\n');
                case Doc.Paragraph para -> out.append(para.text()).append("\n\n");
                case Doc.Bullets bl -> {
                    bl.items().forEach(i -> out.append("• ").append(i).append('\n'));
                    out.append('\n');
                }
                case Doc.Table t -> { }
            }
        }
        return out.toString().strip() + "\n";
    }

    public ResponseEntity<byte[]> download(Doc doc, String format, Locale locale) {
        return Downloads.of(doc, format, renderer, locale);
    }

    private static void section(Doc.Builder b, String heading, List<String> items) {
        if (!items.isEmpty()) {
            b.heading(heading).bullets(items, "");
        }
    }

    private static List<String> lines(List<ProfileLine> lines) {
        List<String> out = new ArrayList<>();
        lines.forEach(l -> out.add(l.name() + " (" + l.levelName() + ")"));
        return out;
    }

    private static List<String> names(List<ProfileLine> lines) {
        return lines.stream().map(ProfileLine::name).toList();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
