package org.uptake.procurement.demo;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.procurement.supplier.AcceptanceForm;
import org.uptake.procurement.supplier.DeliveryForm;
import org.uptake.procurement.supplier.KickoffForm;
import org.uptake.procurement.supplier.MeetingForm;
import org.uptake.procurement.supplier.StageAcceptance;
import org.uptake.procurement.supplier.StageDelivery;
import org.uptake.procurement.supplier.Supplier;
import org.uptake.procurement.supplier.SupplierForm;
import org.uptake.procurement.supplier.SupplierKind;
import org.uptake.procurement.supplier.SupplierService;
import org.uptake.shared.Actor;
import org.uptake.shared.demo.DemoContext;

/**
 * The integrator with its kick-off, two weekly status meetings and a stage waiting for the sponsor's
 * acceptance; and the system's vendor, with whom nobody met for twelve days — the tab's meeting alert.
 */
@Component
class DemoSuppliers {

    private final SupplierService suppliers;
    private final StageAcceptance acceptance;
    private final JdbcClient jdbc;

    DemoSuppliers(SupplierService suppliers, StageAcceptance acceptance, JdbcClient jdbc) {
        this.suppliers = suppliers;
        this.acceptance = acceptance;
        this.jdbc = jdbc;
    }

    void create(Actor coordinator, DemoContext context, long program) {
        LocalDate today = LocalDate.now();
        Supplier integrator = suppliers.create(coordinator, program, new SupplierForm("WorkshopSoft Integration",
                SupplierKind.INTEGRATOR, "Project manager: Ilya Sorokin, +7 495 000-00-00", 0));
        suppliers.saveKickoff(coordinator, program, integrator.id(), new KickoffForm(today.minusDays(16),
                "Stage 1 (orders, bays, parts, invoices to 1C) live in the pilot station in six weeks; stage 2 after the pilot.",
                "Ours: the coordinator, the head of the pilot station, IT. Theirs: project manager, two consultants, a developer.",
                "Fixed price per stage, 10 % retained until acceptance",
                "Demo on test data, test protocol signed by the head of the pilot station, acceptance signed off by the sponsor.", 0));
        suppliers.addMeeting(coordinator, program, integrator.id(), new MeetingForm(today.minusDays(9),
                "Coordinator, IT, integrator's PM and consultants", "Work-order screens agreed; 1C exchange format chosen (XML nightly)."));
        suppliers.addMeeting(coordinator, program, integrator.id(), new MeetingForm(today.minusDays(2),
                "Coordinator, head of the pilot station, integrator's PM", "Stage 1 delivered to the test system; acceptance asked."));
        StageDelivery stage = suppliers.addDelivery(coordinator, program, integrator.id(),
                new DeliveryForm("Stage 1: work orders, bays, parts, invoices", today.minusDays(2)));
        Long sponsor = context.id("person.ceo");
        if (sponsor != null) {
            acceptance.request(coordinator, program, integrator.id(), stage.id(), new AcceptanceForm(List.of(sponsor), stage.version()));
        }
        Supplier vendor = suppliers.create(coordinator, program, new SupplierForm("WorkshopSoft (vendor)", SupplierKind.VENDOR,
                "Account manager: sales@workshopsoft.example", 0));
        jdbc.sql("update procurement_supplier set created_at = now() - interval '12 days' where id = ?").param(vendor.id()).update();
    }
}
