package org.uptake.training.invitation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.shared.CurrentActor;
import org.uptake.training.invitation.CalendarFeedService;
import org.uptake.training.invitation.InvalidAddress;
import org.uptake.training.invitation.InvitationRun;
import org.uptake.training.invitation.InvitationService;

@Tag(name = "Training invitations", description = "E-mail invitations with iCal events, and the personal calendar feed")
@RestController
@RequestMapping("/api/v1/sessions")
class InvitationApiController {

    private final InvitationService invitations;
    private final CalendarFeedService feeds;

    InvitationApiController(InvitationService invitations, CalendarFeedService feeds) {
        this.invitations = invitations;
        this.feeds = feeds;
    }

    record Progress(List<InvitationRun> runs, List<InvalidAddress> invalid) {
    }

    @PostMapping("/{sessionId}/invitations")
    @Operation(summary = "Queues invitations (iCal METHOD:REQUEST) for everyone enrolled not yet invited; sent in the background")
    ResponseEntity<InvitationRun> send(@PathVariable long sessionId) {
        return ResponseEntity.accepted().body(invitations.send(CurrentActor.get(), sessionId));
    }

    @GetMapping("/{sessionId}/invitations")
    @Operation(summary = "Progress of the session's invitation runs and the invitees without a usable address")
    Progress progress(@PathVariable long sessionId) {
        var actor = CurrentActor.get();
        return new Progress(invitations.runs(actor, sessionId), invitations.invalid(actor, sessionId));
    }

    @PostMapping("/feed")
    @Operation(summary = "A new secret URL for the caller's calendar feed; the previous URL stops working")
    Map<String, String> renewFeed() {
        return Map.of("url", feeds.renew(CurrentActor.get()));
    }

    @DeleteMapping("/feed")
    @Operation(summary = "Revokes the caller's calendar feed")
    ResponseEntity<Void> revokeFeed() {
        feeds.revoke(CurrentActor.get());
        return ResponseEntity.noContent().build();
    }
}
