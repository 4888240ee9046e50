package org.uptake.process.demo;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.uptake.approval.DecisionForm;
import org.uptake.approval.SignOff;
import org.uptake.approval.SignOffDecision;
import org.uptake.approval.SignOffService;
import org.uptake.org.unit.UnitService;
import org.uptake.process.assessment.ApproachAssessmentForm;
import org.uptake.process.assessment.ApproachAssessmentService;
import org.uptake.process.catalog.Process;
import org.uptake.process.catalog.ProcessService;
import org.uptake.process.centre.CentreForms;
import org.uptake.process.centre.CentreService;
import org.uptake.process.centre.ResponsibilityCentre;
import org.uptake.process.document.DocumentForm;
import org.uptake.process.document.DocumentService;
import org.uptake.process.document.ProcessDocument;
import org.uptake.process.publication.PublicationForm;
import org.uptake.process.publication.PublicationService;
import org.uptake.process.raci.RaciForm;
import org.uptake.process.raci.RaciService;
import org.uptake.process.strategy.StrategyForm;
import org.uptake.process.strategy.StrategyService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;

/**
 * Everything around the car-service catalog: the strategy it serves, responsibility centres with
 * an orphan and a duplicate, the regulation and instructions of the worked example, sign-offs, RACI
 * and two self-assessments three months apart.
 */
record CarServiceOrganisation(Actor actor, CarServiceCatalog catalog, DemoSpecs specs, StrategyService strategies,
                              CentreService centres, UnitService units, DocumentService documents,
                              PublicationService publication, SignOffService signOffs, ProcessService processes,
                              RaciService raci, ApproachAssessmentService assessments, JdbcClient jdbc) {

    void build(Long headPersonId) {
        writeStrategy();
        formCentres();
        writeDocuments();
        approvals(headPersonId);
        setRaci();
        recordAssessments();
    }

    private void writeStrategy() {
        var f = new StrategyForm();
        f.setClients("Private car owners in the regions of the network; small company fleets.");
        f.setClientNeeds("A car repaired right the first time, on the day promised, at a price known in advance; to be treated with attention.");
        f.setCompetitiveEdge("Keeping the promised deadline and price; original parts available at every station; a courteous reception.");
        f.setTargetSegments("Cars 3-10 years old after the dealer's warranty; fleets of 5-50 cars.");
        f.setChangeNote("First version, from the management meeting");
        strategies.save(actor, f);
        f.setAcquisitionMethods("Bookings by phone and online; recommendations of satisfied clients; contracts with fleets.");
        f.setServicePrinciples("One service adviser leads the client from booking to return; the price and deadline are agreed before work starts.");
        f.setBaseRevision(1);
        f.setChangeNote("Added acquisition and service principles");
        strategies.save(actor, f);
    }

    private ResponsibilityCentre centre(String name, String unitCode, String head, String description) {
        var f = new CentreForms.Centre();
        f.setName(name);
        f.setDescription(description);
        f.setUnitId(unitCode == null ? null : units.findByCode(actor, unitCode).orElseThrow().id());
        f.setHeadPositionId(head == null ? null : specs.position(head));
        return centres.create(actor, f);
    }

    private void serve(ResponsibilityCentre centre, String process, String function) {
        var f = new CentreForms.Function();
        f.setProcessId(catalog.get(process).id());
        f.setFunction(function);
        centres.addFunction(actor, centre.id(), f);
    }

    private void formCentres() {
        var reception = centre("Station reception", "R01-S01-REC", "SA", "Receives clients and their cars, returns the cars.");
        serve(reception, CarServiceCatalog.RECEIVING, "Receives the car, draws up the work order and the defect card");
        serve(reception, "Returning the car to the client", "Explains the work and the bill, returns the car");
        var workshop = centre("Workshop", "R01-S01-WS", "SMECH", "Repairs and services cars; plans its load.");
        serve(workshop, "Repairing and servicing the car", "Carries out the work orders");
        serve(workshop, "Workshop planning", "Plans the bays and agrees deadlines");
        serve(workshop, "Quality control of repairs", "Checks its own work before return");
        var quality = centre("Quality department", "D7", "QE", "Checks the quality of repairs across the network.");
        serve(quality, "Quality control of repairs", "Checks finished repairs");
        serve(centre("Contact centre", "D5", "CCO", "Answers the network's phone."), "Taking requests", "Answers calls, books visits");
        serve(centre("Marketing", "D4", "MKT", "Brings clients to the network."), "Marketing and advertising", "Runs the campaigns");
        serve(centre("IT service", "D3", "IT", "Keeps the network's IT working."), "IT support", "Maintains computers and software");
        serve(centre("Supply department", null, "PARTS", "Proposed: buys parts and keeps the stock for all stations."),
                "Supplying parts and materials", "Purchases parts, keeps the stock and its information");
        serve(centre("Network development", null, "NDM", "Proposed: grows the network and watches its stations."),
                "Developing the station network", "Attracts new stations, monitors their performance");
    }

    private void writeDocuments() {
        long receiving = catalog.get(CarServiceCatalog.RECEIVING).id();
        var regulation = new DocumentForm();
        regulation.setTitle("Regulation of receiving a car from a client");
        regulation.setBody("""
                1. Purpose: every client who brings a car leaves confident that the problem is understood.
                2. Participants: service adviser (executor), head of the car service (owner), shop foreman.
                3. Sequence: greet the client; listen to the problem; define the work; check parts availability and the workshop load;
                   draw up the work order; agree the work, price and deadline; inspect the car; fill in and sign the defect card;
                   take the key; hand over the receipt.
                4. Records: work order, defect card, receipt — in the automated system.""");
        ProcessDocument reg = documents.create(actor, receiving, regulation);
        documents.approve(actor, reg.id(), reg.version());
        var instruction = new DocumentForm();
        instruction.setKind(ProcessDocument.Kind.INSTRUCTION);
        instruction.setTitle("Drawing up a work order");
        instruction.setExecutorPositionId(specs.position("SA"));
        instruction.setBody("Open a new work order in the automated system from the booking. Enter the client's words, then the "
                + "operations with their standard times, the parts with their availability, the price and the agreed deadline.");
        ProcessDocument ins = documents.create(actor, receiving, instruction);
        documents.approve(actor, ins.id(), ins.version());
        instruction.setTitle("Inspecting the car and filling in the defect card");
        instruction.setBody("Walk around the car with the client. Mark every scratch and dent on the card; both sign it.");
        documents.create(actor, receiving, instruction);
    }

    /** The worked example is signed off by the head of the car service; two others show direct approval and an open sign-off. */
    private void approvals(Long headPersonId) {
        Process receiving = processes.get(actor, catalog.get(CarServiceCatalog.RECEIVING).id());
        publication.submit(actor, receiving.id(), form(receiving, "Specification for the head's sign-off"));
        SignOff request = publication.latestSignOff(actor, receiving.id()).orElseThrow();
        if (headPersonId != null) {
            Long userId = jdbc.sql("select id from user_account where person_id = ?").param(headPersonId).query(Long.class)
                    .optional().orElse(0L);
            Actor head = new Actor(userId, actor.organizationId(), headPersonId, "head", "Head of the car service",
                    java.util.Set.of(Role.UNIT_HEAD, Role.EMPLOYEE), false, "en", "UTC");
            signOffs.decide(head, request.id(), new DecisionForm(SignOffDecision.APPROVED, "Agreed with the advisers",
                    List.of(), null, null, request.version()));
        }
        Process requests = processes.get(actor, catalog.get("Taking requests").id());
        publication.approve(actor, requests.id(), form(requests, "Approved at the management meeting"));
        Process load = processes.get(actor, catalog.get("Planning the workshop load").id());
        publication.submit(actor, load.id(), form(load, null));
    }

    private static PublicationForm form(Process p, String comment) {
        var f = new PublicationForm();
        f.setSpecVersion(p.specVersion());
        f.setComment(comment);
        return f;
    }

    private void setRaci() {
        long receiving = catalog.get(CarServiceCatalog.RECEIVING).id();
        set(receiving, "SMECH", "C");
        set(receiving, "PARTS", "I");
        set(catalog.get("Repairing and servicing the car").id(), "SA", "I");
    }

    private void set(long process, String position, String role) {
        var f = new RaciForm();
        f.setProcessId(process);
        f.setPositionId(specs.position(position));
        f.setRole(role);
        raci.set(actor, f);
    }

    private void recordAssessments() {
        var first = new ApproachAssessmentForm();
        first.setScores(new java.util.ArrayList<>(List.of(1, 0, 1, 1, 0, 0)));
        first.setNote("Before the project: processes known only by habit.");
        long old = assessments.record(actor, first).id();
        jdbc.sql("update process_assessment set assessed_at = now() - interval '90 days' where id = ?").param(old).update();
        var now = new ApproachAssessmentForm();
        now.setScores(new java.util.ArrayList<>(List.of(3, 2, 2, 2, 1, 1)));
        now.setComments(new java.util.ArrayList<>(List.of("Catalog of 8 main processes", "Map with supplier relations")));
        now.setNote("After the organisational concept and the first specifications.");
        assessments.record(actor, now);
    }
}
