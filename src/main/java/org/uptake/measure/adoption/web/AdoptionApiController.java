package org.uptake.measure.adoption.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.measure.adoption.AdoptionBatch;
import org.uptake.measure.adoption.AdoptionFigures;
import org.uptake.measure.adoption.AdoptionService;
import org.uptake.measure.adoption.BatchRecord;
import org.uptake.measure.adoption.IngestResult;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

@Tag(name = "Adoption", description = "Usage events of the new system in batches (token scope `adoption`) and adoption per day, wave and unit")
@RestController
@RequestMapping("/api/v1")
class AdoptionApiController {

    private final AdoptionService adoption;
    private final JsonMapper json;
    private final MessageSource messages;
    private final int maxBytes;

    AdoptionApiController(AdoptionService adoption, JsonMapper json, MessageSource messages,
                          @Value("${uptake.adoption.max-batch-bytes:2000000}") int maxBytes) {
        this.adoption = adoption;
        this.json = json;
        this.messages = messages;
        this.maxBytes = maxBytes;
    }

    /** The body is read here, up to the limit, so an oversize batch is refused before it is parsed or held in memory. */
    @PostMapping(path = "/adoption-events", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Stores a batch of usage events {programId, events: [{eventId, user (e-mail or employee number), feature, "
            + "occurredAt}]}: idempotent by eventId, at most 5000 events and 2 MB (413 otherwise), events outside the last 30 days "
            + "or more than 5 minutes ahead and unknown users are rejected and reported; needs a token with scope `adoption`")
    ResponseEntity<?> ingest(HttpServletRequest request) throws IOException {
        byte[] body = read(request.getInputStream());
        if (body == null) {
            return tooLarge("adoption.error.tooLarge", maxBytes / 1_000_000.0 + " MB");
        }
        AdoptionBatch batch;
        try {
            batch = json.readValue(body, AdoptionBatch.class);
        } catch (JacksonException e) {
            throw new InvalidInputException(null, "adoption.error.malformed");
        }
        try {
            return ResponseEntity.ok(adoption.ingest(CurrentActor.get(), batch));
        } catch (AdoptionService.TooManyEvents e) {
            return tooLarge("adoption.error.tooManyEvents", e.limit());
        }
    }

    private byte[] read(InputStream in) throws IOException {
        byte[] data = in.readNBytes(maxBytes + 1);
        return data.length > maxBytes ? null : data;
    }

    private ResponseEntity<ProblemDetail> tooLarge(String code, Object limit) {
        String detail = messages.getMessage(code, new Object[]{limit}, code, LocaleContextHolder.getLocale());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
        problem.setType(URI.create("https://uptake.example/problems/tooLarge"));
        problem.setProperty("code", code);
        problem.setProperty("limit", limit);
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @GetMapping("/programs/{programId}/adoption")
    @Operation(summary = "Adoption per day for the last `days` days (active in the trailing window among people of live units), per wave and unit today")
    AdoptionFigures figures(@PathVariable long programId, @RequestParam(defaultValue = "60") int days) {
        return adoption.figures(CurrentActor.get(), programId, days);
    }

    @GetMapping("/programs/{programId}/adoption/batches")
    @Operation(summary = "The last 20 batches with their counts and reported rejections")
    List<BatchRecord> batches(@PathVariable long programId) {
        return adoption.batches(CurrentActor.get(), programId);
    }

    /** How many trailing days make a person active, and the settings' version. */
    record Window(Integer activeDays, int version) {
    }

    @PutMapping("/programs/{programId}/adoption/settings")
    @Operation(summary = "Sets the active window (1–90 days); every day is counted again")
    Window settings(@PathVariable long programId, @RequestBody Window window) {
        adoption.setActiveDays(CurrentActor.get(), programId, window.activeDays(), window.version());
        return new Window(adoption.figures(CurrentActor.get(), programId, 1).activeDays(), adoption.settingsVersion(CurrentActor.get(), programId));
    }
}
