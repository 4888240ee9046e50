package org.uptake.procurement.supplier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.procurement.supplier.AcceptanceForm;
import org.uptake.procurement.supplier.DeliveryForm;
import org.uptake.procurement.supplier.Kickoff;
import org.uptake.procurement.supplier.KickoffForm;
import org.uptake.procurement.supplier.MeetingForm;
import org.uptake.procurement.supplier.StageAcceptance;
import org.uptake.procurement.supplier.StageDelivery;
import org.uptake.procurement.supplier.StatusMeeting;
import org.uptake.procurement.supplier.Supplier;
import org.uptake.procurement.supplier.SupplierForm;
import org.uptake.procurement.supplier.SupplierService;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

@Tag(name = "Suppliers", description = "A program's vendors and integrators: kick-off, weekly status meetings, stage acceptance")
@RestController
@RequestMapping("/api/v1/programs/{programId}/suppliers")
class SupplierApiController {

    private final SupplierService suppliers;
    private final StageAcceptance acceptance;

    SupplierApiController(SupplierService suppliers, StageAcceptance acceptance) {
        this.suppliers = suppliers;
        this.acceptance = acceptance;
    }

    @GetMapping
    @Operation(summary = "Vendors and integrators with the day of the last contact (meeting, kick-off or registration)")
    Slice<Supplier> list(@PathVariable long programId, @RequestParam(required = false) String after,
                         @RequestParam(defaultValue = "50") int size) {
        return suppliers.list(CurrentActor.get(), programId, new PageRequest(null, after, size));
    }

    @PostMapping
    ResponseEntity<Supplier> create(@PathVariable long programId, @Valid @RequestBody SupplierForm form) {
        Supplier s = suppliers.create(CurrentActor.get(), programId, form);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + programId + "/suppliers/" + s.id())).body(s);
    }

    @GetMapping("/{supplierId}")
    Supplier get(@PathVariable long programId, @PathVariable long supplierId) {
        return suppliers.get(CurrentActor.get(), programId, supplierId);
    }

    @PutMapping("/{supplierId}")
    Supplier update(@PathVariable long programId, @PathVariable long supplierId, @Valid @RequestBody SupplierForm form) {
        return suppliers.update(CurrentActor.get(), programId, supplierId, form);
    }

    @GetMapping("/{supplierId}/kickoff")
    Kickoff kickoff(@PathVariable long programId, @PathVariable long supplierId) {
        return suppliers.kickoff(CurrentActor.get(), programId, supplierId)
                .orElseThrow(() -> new NotFoundException("kickoff", supplierId));
    }

    @PutMapping("/{supplierId}/kickoff")
    @Operation(summary = "Records the kick-off (version 0 the first time) or changes it; a stale version is a 409")
    Kickoff saveKickoff(@PathVariable long programId, @PathVariable long supplierId, @Valid @RequestBody KickoffForm form) {
        return suppliers.saveKickoff(CurrentActor.get(), programId, supplierId, form);
    }

    @GetMapping("/{supplierId}/meetings")
    @Operation(summary = "Status meetings, newest first")
    Slice<StatusMeeting> meetings(@PathVariable long programId, @PathVariable long supplierId,
                                  @RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
        return suppliers.meetings(CurrentActor.get(), programId, supplierId, new PageRequest(null, after, size));
    }

    @PostMapping("/{supplierId}/meetings")
    ResponseEntity<StatusMeeting> addMeeting(@PathVariable long programId, @PathVariable long supplierId,
                                             @Valid @RequestBody MeetingForm form) {
        return ResponseEntity.status(201).body(suppliers.addMeeting(CurrentActor.get(), programId, supplierId, form));
    }

    @GetMapping("/{supplierId}/stages")
    List<StageDelivery> stages(@PathVariable long programId, @PathVariable long supplierId) {
        return suppliers.deliveries(CurrentActor.get(), programId, supplierId);
    }

    @PostMapping("/{supplierId}/stages")
    ResponseEntity<StageDelivery> addStage(@PathVariable long programId, @PathVariable long supplierId,
                                           @Valid @RequestBody DeliveryForm form) {
        return ResponseEntity.status(201).body(suppliers.addDelivery(CurrentActor.get(), programId, supplierId, form));
    }

    @PostMapping("/{supplierId}/stages/{stageId}/acceptance")
    @Operation(summary = "Asks the named people to accept the delivered stage (a sign-off; all must approve)")
    StageDelivery requestAcceptance(@PathVariable long programId, @PathVariable long supplierId, @PathVariable long stageId,
                                    @Valid @RequestBody AcceptanceForm form) {
        return acceptance.request(CurrentActor.get(), programId, supplierId, stageId, form);
    }
}
