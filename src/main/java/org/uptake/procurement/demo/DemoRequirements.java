package org.uptake.procurement.demo;

import java.util.List;
import org.springframework.stereotype.Component;
import org.uptake.process.catalog.ProcessFilter;
import org.uptake.process.catalog.ProcessRow;
import org.uptake.process.catalog.ProcessService;
import org.uptake.procurement.requirement.Priority;
import org.uptake.procurement.requirement.RequirementForm;
import org.uptake.procurement.requirement.RequirementService;
import org.uptake.shared.Actor;
import org.uptake.shared.demo.DemoContext;
import org.uptake.shared.paging.PageRequest;

/** Ten requirements of a workshop management system as scenarios per role, over three stages (minimum sufficient version first). */
@Component
class DemoRequirements {

    private record Line(String role, String scenario, int stage, Priority priority, String customer) {
    }

    private static final List<Line> LINES = List.of(
            new Line("Service adviser", "Opens a work order from a phone call or a walk-in client in under two minutes, "
                    + "with the car found by plate or VIN.", 1, Priority.MUST, "person.head"),
            new Line("Service adviser", "Sees the free bays and mechanics for the next three days and books the client in.",
                    1, Priority.MUST, "person.head"),
            new Line("Mechanic", "Sees their work orders for the day on a tablet and marks each job started and finished.",
                    1, Priority.MUST, "person.head"),
            new Line("Parts clerk", "Reserves the parts of a work order from stock and orders missing ones from the catalogue.",
                    1, Priority.MUST, "person.it"),
            new Line("Cashier", "Closes the work order and issues the invoice, which reaches 1C Accounting the same night.",
                    1, Priority.MUST, "person.ceo"),
            new Line("Head of the car service", "Sees the lead time of each order and the orders waiting longer than a day.",
                    2, Priority.SHOULD, "person.head"),
            new Line("Client", "Gets an SMS when the car is ready and can pay by a link.", 2, Priority.SHOULD, "person.ceo"),
            new Line("Service adviser", "Calls back missed calls from a list fed by the telephony.", 2, Priority.SHOULD, "person.head"),
            new Line("Regional manager", "Compares lead time and revenue per bay across the stations of the region.",
                    3, Priority.COULD, "person.coordinator"),
            new Line("Marketing", "Sends service reminders to clients by mileage and season.", 3, Priority.COULD, "person.ceo"));

    private final RequirementService requirements;
    private final ProcessService processes;

    DemoRequirements(RequirementService requirements, ProcessService processes) {
        this.requirements = requirements;
        this.processes = processes;
    }

    void create(Actor coordinator, DemoContext context, long program) {
        List<Long> processIds = processes.list(coordinator, ProcessFilter.NONE, PageRequest.first(3)).items().stream()
                .map(ProcessRow::id).toList();
        for (int i = 0; i < LINES.size(); i++) {
            Line l = LINES.get(i);
            Long customer = context.id(l.customer());
            List<Long> linked = processIds.isEmpty() ? List.of() : List.of(processIds.get(i % processIds.size()));
            requirements.create(coordinator, program, new RequirementForm(l.role(), l.scenario(), l.stage(), l.priority(),
                    customer, null, linked, 0));
        }
    }
}
