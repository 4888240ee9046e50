package org.uptake.governance.document;

import org.springframework.stereotype.Service;
import org.uptake.shared.Actor;
import org.uptake.governance.markup.MarkupRenderer;

/** A document's filled body as PDF, DOCX or an HTML preview; whoever reads the document may download it. */
@Service
public class DocumentRendering {

    private final DocumentInstanceService documents;
    private final MarkupRenderer renderer;

    DocumentRendering(DocumentInstanceService documents, MarkupRenderer renderer) {
        this.documents = documents;
        this.renderer = renderer;
    }

    public byte[] pdf(Actor actor, long id) {
        DocumentInstance d = documents.get(actor, id);
        return renderer.pdf(d.title(), d.body());
    }

    public byte[] docx(Actor actor, long id) {
        return renderer.docx(documents.get(actor, id).body());
    }

    public String fileName(Actor actor, long id) {
        DocumentInstance d = documents.get(actor, id);
        return d.regNumber() == null ? d.title() : d.title() + " " + d.regNumber();
    }
}
