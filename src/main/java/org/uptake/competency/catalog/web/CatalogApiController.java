package org.uptake.competency.catalog.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.competency.catalog.CatalogService;
import org.uptake.competency.catalog.CompanyValue;
import org.uptake.competency.catalog.Competency;
import org.uptake.competency.catalog.CompetencyForm;
import org.uptake.competency.catalog.ProficiencyLevel;
import org.uptake.competency.catalog.ScaleForm;
import org.uptake.competency.catalog.ValueForm;
import org.uptake.shared.CurrentActor;

@Tag(name = "Competencies", description = "The competency catalogue, proficiency scale and company values")
@RestController
@RequestMapping("/api/v1/competencies")
class CatalogApiController {

    private final CatalogService catalog;

    CatalogApiController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    List<Competency> list(@RequestParam(required = false) String q) {
        return catalog.competencies(CurrentActor.get(), q);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Competency create(@Valid @RequestBody CompetencyForm form) {
        return catalog.create(CurrentActor.get(), form);
    }

    @PutMapping("/{id}")
    Competency update(@PathVariable long id, @Valid @RequestBody CompetencyForm form) {
        return catalog.update(CurrentActor.get(), id, form);
    }

    @GetMapping("/scale")
    List<ProficiencyLevel> scale() {
        return catalog.scale(CurrentActor.get());
    }

    @PutMapping("/scale")
    List<ProficiencyLevel> replaceScale(@Valid @RequestBody ScaleForm form) {
        return catalog.replaceScale(CurrentActor.get(), form);
    }

    @GetMapping("/values")
    List<CompanyValue> values() {
        return catalog.values(CurrentActor.get());
    }

    @PostMapping("/values")
    @ResponseStatus(HttpStatus.CREATED)
    CompanyValue addValue(@Valid @RequestBody ValueForm form) {
        return catalog.addValue(CurrentActor.get(), form);
    }

    @PutMapping("/values/{id}")
    CompanyValue updateValue(@PathVariable long id, @Valid @RequestBody ValueForm form) {
        return catalog.updateValue(CurrentActor.get(), id, form);
    }

    @DeleteMapping("/values/{id}")
    ResponseEntity<Void> deleteValue(@PathVariable long id, @RequestParam int version) {
        catalog.deleteValue(CurrentActor.get(), id, version);
        return ResponseEntity.noContent().build();
    }
}
