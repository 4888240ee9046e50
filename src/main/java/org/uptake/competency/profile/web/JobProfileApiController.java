package org.uptake.competency.profile.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.uptake.competency.profile.Agreement;
import org.uptake.competency.profile.JobProfile;
import org.uptake.competency.profile.ProfileDocument;
import org.uptake.competency.profile.ProfileService;
import org.uptake.competency.profile.Requirement;
import org.uptake.competency.profile.RequirementForm;
import org.uptake.shared.CurrentActor;

@Tag(name = "Job profiles", description = "Competencies per position and process, and the seven-section job profile; readable by everyone")
@RestController
@RequestMapping("/api/v1/positions/{id}")
class JobProfileApiController {

    private final ProfileService profiles;
    private final ProfileDocument documents;

    JobProfileApiController(ProfileService profiles, ProfileDocument documents) {
        this.profiles = profiles;
        this.documents = documents;
    }

    @GetMapping("/profile")
    @Operation(summary = "General and subject knowledge, skills, personal qualities, values, functional duties, areas of responsibility")
    JobProfile profile(@PathVariable long id) {
        return profiles.profile(CurrentActor.get(), id);
    }

    @GetMapping("/profile/export")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(defaultValue = "pdf") String format) {
        var locale = LocaleContextHolder.getLocale();
        return documents.download(documents.profile(profiles.profile(CurrentActor.get(), id), locale), format, locale);
    }

    @GetMapping(value = "/profile/vacancy", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "A vacancy announcement written from the profile")
    String vacancy(@PathVariable long id) {
        return documents.vacancyText(profiles.profile(CurrentActor.get(), id), LocaleContextHolder.getLocale());
    }

    @GetMapping("/requirements")
    List<Requirement> requirements(@PathVariable long id) {
        return profiles.requirements(CurrentActor.get(), id);
    }

    @PostMapping("/requirements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Adds knowledge, a skill or a personal quality for a process of the position (or in general)")
    Requirement add(@PathVariable long id, @Valid @RequestBody RequirementForm form) {
        return profiles.add(CurrentActor.get(), id, form);
    }

    @PutMapping("/requirements/{requirementId}")
    Requirement level(@PathVariable long id, @PathVariable long requirementId, @Valid @RequestBody RequirementForm form) {
        return profiles.changeLevel(CurrentActor.get(), id, requirementId, form.getRequiredLevel(), form.getVersion());
    }

    @DeleteMapping("/requirements/{requirementId}")
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long requirementId, @RequestParam int version) {
        profiles.remove(CurrentActor.get(), id, requirementId, version);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/requirements/agreements")
    List<Agreement> agreements(@PathVariable long id) {
        return profiles.agreements(CurrentActor.get(), id);
    }

    record AgreeRequest(Long processId, String party) {
    }

    @PostMapping("/requirements/agreements")
    @Operation(summary = "Records the caller's agreement as SUPERVISOR, PROCESS_OWNER or EMPLOYEE")
    Agreement agree(@PathVariable long id, @RequestBody AgreeRequest request) {
        return profiles.agree(CurrentActor.get(), id, request.processId(), request.party());
    }

    @PostMapping("/responsibilities")
    @ResponseStatus(HttpStatus.CREATED)
    JobProfile.Responsibility addResponsibility(@PathVariable long id, @RequestBody Map<String, String> body) {
        return profiles.addResponsibility(CurrentActor.get(), id, body.get("text"));
    }

    @DeleteMapping("/responsibilities/{responsibilityId}")
    ResponseEntity<Void> removeResponsibility(@PathVariable long id, @PathVariable long responsibilityId, @RequestParam int version) {
        profiles.removeResponsibility(CurrentActor.get(), id, responsibilityId, version);
        return ResponseEntity.noContent().build();
    }
}
