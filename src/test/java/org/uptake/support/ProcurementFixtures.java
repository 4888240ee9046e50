package org.uptake.support;

import java.time.LocalDate;
import java.util.List;
import org.uptake.procurement.integration.Direction;
import org.uptake.procurement.integration.Integration;
import org.uptake.procurement.integration.IntegrationForm;
import org.uptake.procurement.integration.IntegrationService;
import org.uptake.procurement.integration.IntegrationStatus;
import org.uptake.procurement.integration.Method;
import org.uptake.procurement.requirement.ExistingSystem;
import org.uptake.procurement.requirement.Priority;
import org.uptake.procurement.requirement.Requirement;
import org.uptake.procurement.requirement.RequirementForm;
import org.uptake.procurement.requirement.RequirementService;
import org.uptake.procurement.requirement.SystemDecision;
import org.uptake.procurement.requirement.SystemForm;
import org.uptake.procurement.requirement.SystemService;
import org.uptake.shared.Actor;

/** Procurement records for tests, made through the real services. */
public final class ProcurementFixtures {

    private final Fixtures fixtures;

    public ProcurementFixtures(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    public static RequirementForm requirement(String role, int stage, Priority priority, Long customerPersonId, List<Long> processes) {
        return new RequirementForm(role, "As " + role + " I record a workshop order in two minutes.", stage, priority,
                customerPersonId, null, processes, 0);
    }

    public Requirement requirement(Actor actor, long programId) {
        long customer = fixtures.person(actor, "Customer " + Fixtures.next(), null, null).id();
        return fixtures.bean(RequirementService.class).create(actor, programId,
                requirement("Service adviser", 1, Priority.MUST, customer, List.of()));
    }

    public static SystemForm system(String name, SystemDecision decision) {
        return new SystemForm(name, "Keeps the order book", decision, null, 0);
    }

    public ExistingSystem system(Actor actor, long programId) {
        return fixtures.bean(SystemService.class).create(actor, programId, system("System " + Fixtures.next(), SystemDecision.KEEP));
    }

    public static IntegrationForm integration(String system, int everyDays, LocalDate lastVerified) {
        return new IntegrationForm(system, Direction.BOTH, Method.API, IntegrationStatus.ACTIVE, "Nightly sync log checked",
                everyDays, lastVerified, 0);
    }

    public Integration integration(Actor actor, long programId) {
        return fixtures.bean(IntegrationService.class).create(actor, programId,
                integration("Accounting " + Fixtures.next(), 7, LocalDate.now().minusDays(1)));
    }
}
