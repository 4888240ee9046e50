package org.uptake.training.invitation.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.training.invitation.CalendarFeedService;

/** The subscribable feed: no sign-in, the secret in the URL is the key (calendar apps cannot log in). */
@RestController
class CalendarFeedController {

    private final CalendarFeedService feeds;

    CalendarFeedController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/training/calendar/{secret}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String secret) {
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .body(feeds.feed(secret).getBytes(StandardCharsets.UTF_8));
    }
}
