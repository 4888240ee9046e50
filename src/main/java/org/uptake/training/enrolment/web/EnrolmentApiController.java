package org.uptake.training.enrolment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;
import org.uptake.training.enrolment.AttendanceMark;
import org.uptake.training.enrolment.Enrolment;
import org.uptake.training.enrolment.EnrolmentResult;
import org.uptake.training.enrolment.EnrolmentService;
import org.uptake.training.enrolment.FeedbackForm;
import org.uptake.training.enrolment.Selection;

@Tag(name = "Enrolments", description = "Who takes a session: bulk enrolment with waitlist, attendance, scores, feedback")
@RestController
@RequestMapping("/api/v1/sessions/{sessionId}")
class EnrolmentApiController {

    private final EnrolmentService enrolments;

    EnrolmentApiController(EnrolmentService enrolments) {
        this.enrolments = enrolments;
    }

    record AttendanceRequest(@NotNull @Size(min = 1, max = 20000) List<@Valid @NotNull AttendanceMark> marks) {
    }

    record Marked(int marked) {
    }

    @GetMapping("/enrolments")
    @Operation(summary = "The session's enrolments by name, keyset-paged")
    Slice<Enrolment> list(@PathVariable long sessionId, @RequestParam(required = false) String after,
                          @RequestParam(defaultValue = "50") int size) {
        return enrolments.list(CurrentActor.get(), sessionId, after, Math.max(1, Math.min(size, PageRequest.MAX_SIZE)));
    }

    @PostMapping("/enrolments")
    @Operation(summary = "Enrols people, units, positions or a wave's units in one statement; beyond capacity they go to the waitlist")
    EnrolmentResult enrol(@PathVariable long sessionId, @Valid @RequestBody Selection selection) {
        return enrolments.enrol(CurrentActor.get(), sessionId, selection);
    }

    @DeleteMapping("/enrolments/{personId}")
    @Operation(summary = "Takes a person out; their seat goes to the longest-waiting person")
    ResponseEntity<Void> remove(@PathVariable long sessionId, @PathVariable long personId) {
        enrolments.remove(CurrentActor.get(), sessionId, personId);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/attendance")
    @Operation(summary = "Marks attendance and test scores in bulk (the session's trainer or a program coordinator)")
    Marked attendance(@PathVariable long sessionId, @Valid @RequestBody AttendanceRequest body) {
        return new Marked(enrolments.markAttendance(CurrentActor.get(), sessionId, body.marks()));
    }

    @PostMapping("/feedback")
    @Operation(summary = "The caller's feedback on a session they are enrolled in")
    Enrolment feedback(@PathVariable long sessionId, @Valid @RequestBody FeedbackForm form) {
        return enrolments.feedback(CurrentActor.get(), sessionId, form);
    }
}
