package org.uptake.engagement.communication.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.uptake.engagement.communication.Communication;
import org.uptake.engagement.communication.CommunicationForm;
import org.uptake.engagement.communication.CommunicationService;
import org.uptake.engagement.communication.Delivery;
import org.uptake.engagement.communication.Progress;
import org.uptake.engagement.communication.Translation;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

@Tag(name = "Communication plan", description = "A program's communication items (audience, message type, channel, date, owner, "
        + "status), e-mail items sent in the background on their date with a sent log, meetings with agenda and notes")
@RestController
@RequestMapping("/api/v1/programs/{programId}/communications")
class CommunicationApiController {

    private final CommunicationService communications;

    CommunicationApiController(CommunicationService communications) {
        this.communications = communications;
    }

    @GetMapping
    @Operation(summary = "Items by date (from/to inclusive, ISO dates, both optional); follow `next` for the following page")
    Slice<Communication> list(@PathVariable long programId,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                              @RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
        return communications.list(CurrentActor.get(), programId, from, to, new PageRequest(null, after, size));
    }

    @PostMapping
    @Operation(summary = "Plans an item; the audience (unitIds, positionIds, waveIds, stakeholderIds) must name at least one")
    ResponseEntity<Communication> create(@PathVariable long programId, @Valid @RequestBody CommunicationForm form) {
        Communication c = communications.create(CurrentActor.get(), programId, form);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + programId + "/communications/" + c.id())).body(c);
    }

    @GetMapping("/{itemId}")
    Communication get(@PathVariable long programId, @PathVariable long itemId) {
        return communications.get(CurrentActor.get(), programId, itemId);
    }

    @PutMapping("/{itemId}")
    @Operation(summary = "Changes an item (once sent, only its notes); a stale version is a 409")
    Communication update(@PathVariable long programId, @PathVariable long itemId, @Valid @RequestBody CommunicationForm form) {
        return communications.update(CurrentActor.get(), programId, itemId, form);
    }

    @DeleteMapping("/{itemId}")
    ResponseEntity<Void> delete(@PathVariable long programId, @PathVariable long itemId, @RequestParam int version) {
        communications.delete(CurrentActor.get(), programId, itemId, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{itemId}/send")
    @Operation(summary = "Sends an e-mail item now: recipients are fixed at once, the mail goes out in the background (202)")
    ResponseEntity<Progress> send(@PathVariable long programId, @PathVariable long itemId, @RequestParam int version) {
        return ResponseEntity.accepted().body(communications.sendNow(CurrentActor.get(), programId, itemId, version));
    }

    @GetMapping("/{itemId}/progress")
    @Operation(summary = "Recipients, waiting, sent, failed and invalid addresses of an e-mail item")
    Progress progress(@PathVariable long programId, @PathVariable long itemId) {
        return communications.progress(CurrentActor.get(), programId, itemId);
    }

    @GetMapping("/{itemId}/log")
    @Operation(summary = "The sent log: each recipient with delivery status, attempts and last error; state=FAILED or INVALID narrows it")
    Slice<Delivery> log(@PathVariable long programId, @PathVariable long itemId, @RequestParam(required = false) String state,
                        @RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
        return communications.log(CurrentActor.get(), programId, itemId, state, after, size);
    }

    @PostMapping("/{itemId}/retry")
    @Operation(summary = "Gives the item's failed messages a fresh series of delivery attempts")
    Map<String, Integer> retry(@PathVariable long programId, @PathVariable long itemId) {
        return Map.of("retried", communications.retryFailed(CurrentActor.get(), programId, itemId));
    }

    @GetMapping("/{itemId}/translations")
    List<Translation> translations(@PathVariable long programId, @PathVariable long itemId) {
        return communications.translations(CurrentActor.get(), programId, itemId);
    }

    @PutMapping("/{itemId}/translations/{language}")
    @Operation(summary = "Sets the e-mail's subject and body in one language (en, ru, de, nb, it); the item's version guards it")
    List<Translation> saveTranslation(@PathVariable long programId, @PathVariable long itemId, @PathVariable String language,
                                      @RequestParam int version, @RequestBody TranslationText text) {
        communications.saveTranslation(CurrentActor.get(), programId, itemId, new Translation(language, text.subject(), text.body()),
                version);
        return communications.translations(CurrentActor.get(), programId, itemId);
    }

    record TranslationText(String subject, String body) {
    }
}
