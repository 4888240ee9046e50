package org.uptake.process.concept.web;

import java.nio.charset.StandardCharsets;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.uptake.process.concept.ConceptDocuments;
import org.uptake.process.concept.ConceptService;
import org.uptake.shared.CurrentActor;

/** The organisational concept and the Regulation on the org structure: read on the page, taken away as Word or PDF documents. */
@Controller
@RequestMapping("/processes/concept")
class ConceptPageController {

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ConceptService concepts;
    private final ConceptDocuments documents;

    ConceptPageController(ConceptService concepts, ConceptDocuments documents) {
        this.concepts = concepts;
        this.documents = documents;
    }

    @GetMapping
    String index() {
        return "process/concept";
    }

    @GetMapping("/organisational-concept")
    String concept(Model model) {
        model.addAttribute("concept", concepts.organisationalConcept(CurrentActor.get()));
        return "process/concept-document";
    }

    @GetMapping("/organisational-concept.docx")
    ResponseEntity<byte[]> conceptDocx() {
        byte[] body = documents.concept(concepts.organisationalConcept(CurrentActor.get()), LocaleContextHolder.getLocale());
        return download(body, DOCX, "organisational-concept.docx");
    }

    @GetMapping("/organisational-concept.pdf")
    ResponseEntity<byte[]> conceptPdf() {
        byte[] body = documents.conceptPdf(concepts.organisationalConcept(CurrentActor.get()), LocaleContextHolder.getLocale());
        return download(body, MediaType.APPLICATION_PDF, "organisational-concept.pdf");
    }

    @GetMapping("/org-structure-regulation")
    String regulation(Model model) {
        model.addAttribute("regulation", concepts.orgStructureRegulation(CurrentActor.get()));
        return "process/regulation-document";
    }

    @GetMapping("/org-structure-regulation.docx")
    ResponseEntity<byte[]> regulationDocx() {
        byte[] body = documents.regulation(concepts.orgStructureRegulation(CurrentActor.get()), LocaleContextHolder.getLocale());
        return download(body, DOCX, "org-structure-regulation.docx");
    }

    @GetMapping("/org-structure-regulation.pdf")
    ResponseEntity<byte[]> regulationPdf() {
        byte[] body = documents.regulationPdf(concepts.orgStructureRegulation(CurrentActor.get()), LocaleContextHolder.getLocale());
        return download(body, MediaType.APPLICATION_PDF, "org-structure-regulation.pdf");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
