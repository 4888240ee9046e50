package org.uptake.report.status.web;

import java.util.Map;
import org.springframework.http.HttpStatus;
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
import org.uptake.report.status.Cadence;
import org.uptake.report.status.OverrideForm;
import org.uptake.report.status.StatusReport;
import org.uptake.report.status.StatusReportService;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

/** Status reports over JSON: list, generate, read one (its stored figures), override the health, schedule, subscription. */
@RestController
@RequestMapping("/api/v1/programs/{programId}/status-reports")
class StatusReportApiController {

    private final StatusReportService reports;

    StatusReportApiController(StatusReportService reports) {
        this.reports = reports;
    }

    @GetMapping
    Slice<StatusReport> list(@PathVariable long programId, @RequestParam(required = false) String after,
                             @RequestParam(defaultValue = "25") int size) {
        return reports.list(CurrentActor.get(), programId, new PageRequest(null, after, size));
    }

    @PostMapping
    ResponseEntity<StatusReport> generate(@PathVariable long programId) {
        return ResponseEntity.status(HttpStatus.CREATED).body(reports.generate(CurrentActor.get(), programId));
    }

    @GetMapping("/{id}")
    StatusReport get(@PathVariable long programId, @PathVariable long id) {
        return reports.get(CurrentActor.get(), programId, id);
    }

    @PutMapping("/{id}/rag")
    StatusReport override(@PathVariable long programId, @PathVariable long id, @RequestBody OverrideForm form) {
        return reports.override(CurrentActor.get(), programId, id, form);
    }

    record ScheduleBody(Cadence cadence, Integer version) {
    }

    @GetMapping("/schedule")
    StatusReportService.ScheduleSetting schedule(@PathVariable long programId) {
        return reports.schedule(CurrentActor.get(), programId);
    }

    @PutMapping("/schedule")
    StatusReportService.ScheduleSetting setSchedule(@PathVariable long programId, @RequestBody ScheduleBody body) {
        return reports.setSchedule(CurrentActor.get(), programId, body.cadence(), body.version());
    }

    @PutMapping("/subscription")
    Map<String, Boolean> subscribe(@PathVariable long programId) {
        reports.subscribe(CurrentActor.get(), programId);
        return Map.of("subscribed", true);
    }

    @DeleteMapping("/subscription")
    Map<String, Boolean> unsubscribe(@PathVariable long programId) {
        reports.unsubscribe(CurrentActor.get(), programId);
        return Map.of("subscribed", false);
    }
}
