package org.uptake.governance.document.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;
import org.uptake.governance.document.DocumentTemplate;
import org.uptake.governance.document.TemplateForm;
import org.uptake.governance.document.TemplateService;
import org.uptake.governance.document.TemplateVersion;

@Tag(name = "Document templates", description = "Built-in and own templates: XHTML subset with {{placeholders}}, versioned, with a jurisdiction")
@RestController
class TemplateApiController {

    private final TemplateService templates;

    TemplateApiController(TemplateService templates) {
        this.templates = templates;
    }

    @GetMapping("/api/v1/document-templates")
    List<DocumentTemplate> list() {
        return templates.list(CurrentActor.get());
    }

    @GetMapping("/api/v1/document-templates/{id}")
    @Operation(summary = "A template with the body of its current (or the given) version")
    TemplateVersion get(@PathVariable long id, @RequestParam(required = false) Integer version) {
        return templates.body(CurrentActor.get(), id, version);
    }

    @PostMapping("/api/v1/document-templates")
    @Operation(summary = "Creates an own template (admins); unknown placeholders and script content are refused")
    ResponseEntity<DocumentTemplate> create(@Valid @RequestBody TemplateForm form) {
        DocumentTemplate created = templates.create(CurrentActor.get(), form);
        return ResponseEntity.created(URI.create("/api/v1/document-templates/" + created.id())).body(created);
    }

    @PutMapping("/api/v1/document-templates/{id}")
    @Operation(summary = "Saves the next version of an own template (admins); built-in templates are copied first")
    DocumentTemplate update(@PathVariable long id, @Valid @RequestBody TemplateForm form) {
        return templates.update(CurrentActor.get(), id, form);
    }

    @PostMapping("/api/v1/document-templates/{id}/copy")
    @Operation(summary = "An own editable copy of a (built-in) template")
    DocumentTemplate copy(@PathVariable long id) {
        return templates.copy(CurrentActor.get(), id);
    }
}
