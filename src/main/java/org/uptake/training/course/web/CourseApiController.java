package org.uptake.training.course.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.training.course.Course;
import org.uptake.training.course.CourseForm;
import org.uptake.training.course.CourseService;
import org.uptake.training.course.Coverage;
import org.uptake.training.course.Material;
import org.uptake.training.course.MaterialKind;

@Tag(name = "Courses", description = "A program's courses: aspects covered, audience, duration, pass mark, versioned materials")
@RestController
@RequestMapping("/api/v1/courses")
class CourseApiController {

    private final CourseService courses;

    CourseApiController(CourseService courses) {
        this.courses = courses;
    }

    record AspectsRequest(@NotNull @Size(max = 100) List<@NotNull String> aspects) {
    }

    record PageRequestBody(@Size(max = 200) String title, @NotNull String body) {
    }

    @GetMapping
    @Operation(summary = "The program's courses, by title")
    List<Course> list(@RequestParam long programId) {
        return courses.list(CurrentActor.get(), programId);
    }

    @PostMapping
    @Operation(summary = "Adds a course; positions and units must be the organisation's")
    ResponseEntity<Course> create(@Valid @RequestBody CourseForm form) {
        Course c = courses.create(CurrentActor.get(), form);
        return ResponseEntity.created(URI.create("/api/v1/courses/" + c.id())).body(c);
    }

    @GetMapping("/{id}")
    Course get(@PathVariable long id) {
        return courses.get(CurrentActor.get(), id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Changes a course; a stale version is a 409")
    Course update(@PathVariable long id, @Valid @RequestBody CourseForm form) {
        return courses.update(CurrentActor.get(), id, form);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Deletes a course without sessions")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam int version) {
        courses.delete(CurrentActor.get(), id, version);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/coverage")
    @Operation(summary = "The aspects of the new system the program wants taught, and those no course covers")
    Coverage coverage(@RequestParam long programId) {
        return courses.coverage(CurrentActor.get(), programId);
    }

    @PutMapping("/aspects")
    @Operation(summary = "Replaces the program's list of aspects to cover (data entry, request processing, report generation, …)")
    Coverage aspects(@RequestParam long programId, @Valid @RequestBody AspectsRequest body) {
        return courses.saveAspects(CurrentActor.get(), programId, body.aspects());
    }

    @GetMapping("/{id}/materials")
    @Operation(summary = "Every revision of the course's materials")
    List<Material> materials(@PathVariable long id) {
        return courses.materials(CurrentActor.get(), id);
    }

    @PostMapping(value = "/{id}/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Uploads a file material (user guide, instruction); the same title adds a new revision")
    ResponseEntity<Material> upload(@PathVariable long id, @RequestPart(value = "file", required = false) MultipartFile file,
                                    @RequestParam(required = false) String title) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "training.error.emptyFile");
        }
        Material m = courses.addFile(CurrentActor.get(), id, title, file.getOriginalFilename(), file.getContentType(),
                file.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/courses/materials/" + m.id() + "/content")).body(m);
    }

    @PostMapping("/{id}/pages")
    @Operation(summary = "Adds a page material written here; the same title adds a new revision")
    ResponseEntity<Material> page(@PathVariable long id, @Valid @RequestBody PageRequestBody body) {
        Material m = courses.addPage(CurrentActor.get(), id, body.title(), body.body());
        return ResponseEntity.created(URI.create("/api/v1/courses/materials/" + m.id() + "/content")).body(m);
    }

    @GetMapping("/materials/{materialId}/content")
    @Operation(summary = "The material's file, or its page as plain text")
    ResponseEntity<byte[]> content(@PathVariable long materialId) {
        var actor = CurrentActor.get();
        Material m = courses.material(actor, materialId);
        if (m.kind() == MaterialKind.PAGE) {
            return ResponseEntity.ok().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                    .body(m.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment().filename(m.fileName(),
                                java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(courses.fileContent(actor, m));
    }
}
