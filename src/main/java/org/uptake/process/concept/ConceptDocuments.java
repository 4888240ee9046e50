package org.uptake.process.concept;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.uptake.org.unit.UnitNode;
import org.uptake.process.catalog.ProcessNode;
import org.uptake.process.spec.ProcessExecutor;
import org.uptake.process.spec.ProcessRelation;
import org.uptake.process.spec.ProcessResource;
import org.uptake.process.spec.ProcessResult;
import org.uptake.process.spec.Specification;

/** Writes the organisational concept and the Regulation on the org structure as Word or PDF documents, in the reader's language. */
@Component
public class ConceptDocuments {

    private final MessageSource messages;

    ConceptDocuments(MessageSource messages) {
        this.messages = messages;
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    public byte[] concept(OrganisationalConcept c, Locale l) {
        return concept(c, l, new DocxWriter());
    }

    public byte[] conceptPdf(OrganisationalConcept c, Locale l) {
        return concept(c, l, new PdfWriter());
    }

    public byte[] regulation(OrgStructureRegulation r, Locale l) {
        return regulation(r, l, new DocxWriter());
    }

    public byte[] regulationPdf(OrgStructureRegulation r, Locale l) {
        return regulation(r, l, new PdfWriter());
    }

    private byte[] concept(OrganisationalConcept c, Locale l, DocumentWriter writer) {
        try (var doc = writer) {
            doc.title(t(l, "process.concept.concept.title") + " — " + c.organization());
            if (c.strategy() != null) {
                doc.heading(t(l, "process.strategy.title"), 1)
                        .labelled(t(l, "process.strategy.clients"), c.strategy().clients())
                        .labelled(t(l, "process.strategy.clientNeeds"), c.strategy().clientNeeds())
                        .labelled(t(l, "process.strategy.competitiveEdge"), c.strategy().competitiveEdge())
                        .labelled(t(l, "process.strategy.targetSegments"), c.strategy().targetSegments());
            }
            doc.heading("1. " + t(l, "process.concept.element.1"), 1);
            c.topLevel().forEach(s -> doc.bullet(s.process().name(), 0));
            doc.heading("2. " + t(l, "process.concept.element.2"), 1);
            for (Specification s : c.topLevel()) {
                doc.heading(s.process().name(), 2)
                        .labelled(t(l, "process.field.content"), s.process().content() != null ? s.process().content() : s.process().description())
                        .labelled(t(l, "process.concept.inputs"), join(s.resources().stream().map(ProcessResource::name).toList()))
                        .labelled(t(l, "process.concept.outputs"), join(s.results().stream().map(ProcessResult::text).toList()))
                        .labelled(t(l, "process.section.executors"), join(s.executors().stream().map(ProcessExecutor::label).toList()))
                        .labelled(t(l, "process.field.owner"), s.view().ownerTitle());
            }
            doc.heading("3. " + t(l, "process.concept.element.3"), 1);
            c.map().forEach(n -> outline(doc, n, 0));
            doc.heading("4. " + t(l, "process.concept.element.4"), 1);
            doc.table(List.of(t(l, "process.centre.name"), t(l, "process.centre.unit"), t(l, "process.centre.head")),
                    c.centres().stream().map(s -> List.of(s.centre().name(),
                            s.centre().proposed() ? t(l, "process.centre.proposed") : s.centre().unitName(),
                            nz(s.centre().headTitle()))).toList());
            doc.heading("5. " + t(l, "process.concept.element.5"), 1);
            for (CentreSummary s : c.centres()) {
                doc.heading(s.centre().name(), 2).paragraph(s.centre().description());
                s.functions().forEach(f -> doc.bullet(f.processName() + ": " + f.function(), 0));
            }
            return doc.bytes();
        }
    }

    private byte[] regulation(OrgStructureRegulation r, Locale l, DocumentWriter writer) {
        try (var doc = writer) {
            doc.title(t(l, "process.concept.regulation.title") + " — " + r.organization());
            doc.heading("1. " + t(l, "process.concept.regulation.scheme"), 1);
            r.structure().forEach(u -> unit(doc, u, 0));
            doc.heading("2. " + t(l, "process.concept.regulation.functions"), 1);
            for (CentreSummary s : r.centres()) {
                doc.heading(s.centre().name() + (s.centre().unitName() != null ? " (" + s.centre().unitName() + ")" : ""), 2)
                        .paragraph(s.centre().description())
                        .labelled(t(l, "process.centre.head"), s.centre().headTitle());
                List<List<String>> rows = new ArrayList<>();
                s.functions().forEach(f -> rows.add(List.of(f.processName(), f.function())));
                if (!rows.isEmpty()) {
                    doc.table(List.of(t(l, "process.centre.process"), t(l, "process.centre.function")), rows);
                }
                doc.labelled(t(l, "process.concept.internalSuppliers"), relations(s.suppliers()))
                        .labelled(t(l, "process.concept.internalClients"), relations(s.clients()));
            }
            doc.heading("3. " + t(l, "process.concept.regulation.systemForming"), 1);
            for (Specification s : r.systemForming()) {
                doc.heading(s.process().name(), 2)
                        .paragraph(s.process().description())
                        .labelled(t(l, "process.section.clients"), join(s.clients().stream().map(c -> c.name()).toList()))
                        .labelled(t(l, "process.section.goals"), join(s.goals().stream().map(g -> g.text()).toList()))
                        .labelled(t(l, "process.section.results"), join(s.results().stream().map(ProcessResult::text).toList()))
                        .labelled(t(l, "process.field.owner"), s.view().ownerTitle());
            }
            return doc.bytes();
        }
    }

    private static void outline(DocumentWriter doc, ProcessNode n, int depth) {
        doc.bullet(n.name(), depth);
        n.children().forEach(c -> outline(doc, c, depth + 1));
    }

    private static void unit(DocumentWriter doc, UnitNode u, int depth) {
        doc.bullet(u.getName() + (u.getHeadName() != null ? " — " + u.getHeadName() : ""), depth);
        if (depth < 3) {
            u.getChildren().forEach(c -> unit(doc, c, depth + 1));
        }
    }

    static String relations(List<ProcessRelation> relations) {
        return relations.stream().map(r -> r.sourceName() + " → " + r.targetName() + " (" + r.resources() + ")")
                .collect(Collectors.joining("; "));
    }

    private static String join(List<String> items) {
        return String.join("; ", items);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
