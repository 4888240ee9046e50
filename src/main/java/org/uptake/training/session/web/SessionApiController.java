package org.uptake.training.session.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
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
import org.uptake.training.session.SessionForm;
import org.uptake.training.session.SessionService;
import org.uptake.training.session.TrainingSession;

@Tag(name = "Training sessions", description = "Sessions of courses: time (UTC + zone), place or link, trainer, capacity")
@RestController
@RequestMapping("/api/v1/sessions")
class SessionApiController {

    private final SessionService sessions;

    SessionApiController(SessionService sessions) {
        this.sessions = sessions;
    }

    @GetMapping
    @Operation(summary = "The program's sessions by start, keyset-paged (pass `next` as `after`)")
    Slice<TrainingSession> list(@RequestParam long programId, @RequestParam(required = false) String after,
                                @RequestParam(defaultValue = "50") int size) {
        return sessions.list(CurrentActor.get(), programId, after, Math.max(1, Math.min(size, PageRequest.MAX_SIZE)));
    }

    @GetMapping("/mine")
    @Operation(summary = "The caller's own sessions (as participant or trainer) from yesterday on")
    List<TrainingSession> mine() {
        return sessions.mine(CurrentActor.get(), 100);
    }

    @PostMapping
    @Operation(summary = "Plans a session; a trainer or room booked at the same time, or a local time a clock change skips or repeats, is refused")
    ResponseEntity<TrainingSession> create(@Valid @RequestBody SessionForm form) {
        TrainingSession s = sessions.create(CurrentActor.get(), form);
        return ResponseEntity.created(URI.create("/api/v1/sessions/" + s.id())).body(s);
    }

    @GetMapping("/{id}")
    TrainingSession get(@PathVariable long id) {
        return sessions.get(CurrentActor.get(), id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Changes a session; a new time or place raises the iCal SEQUENCE and re-sends to the invitees")
    TrainingSession update(@PathVariable long id, @Valid @RequestBody SessionForm form) {
        return sessions.update(CurrentActor.get(), id, form);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancels a session; everyone invited gets a METHOD:CANCEL")
    TrainingSession cancel(@PathVariable long id, @RequestParam int version) {
        return sessions.cancel(CurrentActor.get(), id, version);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Deletes a session nobody is enrolled in; otherwise refused (cancel it instead)")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam int version) {
        sessions.delete(CurrentActor.get(), id, version);
        return ResponseEntity.noContent().build();
    }
}
