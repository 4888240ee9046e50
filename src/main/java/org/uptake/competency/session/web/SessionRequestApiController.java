package org.uptake.competency.session.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.competency.session.SessionRequest;
import org.uptake.competency.session.SessionRequestForm;
import org.uptake.competency.session.SessionRequestService;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

@Tag(name = "Training session requests", description = "Unit-level training needs from the gap matrix, asked for as one session")
@RestController
@RequestMapping("/api/v1/training-session-requests")
class SessionRequestApiController {

    private final SessionRequestService requests;

    SessionRequestApiController(SessionRequestService requests) {
        this.requests = requests;
    }

    @GetMapping
    @Operation(summary = "Requests below a unit, newest first (the whole organisation for coordinators and admins)")
    Slice<SessionRequest> list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String after,
                               @RequestParam(defaultValue = "50") int size) {
        return requests.list(CurrentActor.get(), unitId, new PageRequest(null, after, size));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Asks for a session for everyone in the unit's subtree with a gap in the competency")
    SessionRequest request(@Valid @RequestBody SessionRequestForm form) {
        return requests.request(CurrentActor.get(), form);
    }

    @GetMapping("/{id}")
    SessionRequest get(@PathVariable long id) {
        return requests.get(CurrentActor.get(), id);
    }

    @PostMapping("/{id}/cancel")
    SessionRequest cancel(@PathVariable long id, @RequestParam int version) {
        return requests.cancel(CurrentActor.get(), id, version);
    }
}
