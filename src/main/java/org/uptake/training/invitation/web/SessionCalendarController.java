package org.uptake.training.invitation.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.shared.CurrentActor;
import org.uptake.training.invitation.CalendarFeedService;

/** "Add to my calendar" for one session, for those who may read it (signed in, unlike the feed). */
@RestController
class SessionCalendarController {

    private final CalendarFeedService feeds;

    SessionCalendarController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/training/sessions/{sessionId}/calendar.ics")
    ResponseEntity<byte[]> event(@PathVariable long sessionId) {
        byte[] body = feeds.event(CurrentActor.get(), sessionId).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("training-session-" + sessionId + ".ics").build().toString())
                .body(body);
    }
}
