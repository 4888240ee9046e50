package org.uptake.process.demo;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.approval.SignOffService;
import org.uptake.org.position.PositionService;
import org.uptake.org.unit.UnitService;
import org.uptake.process.assessment.ApproachAssessmentService;
import org.uptake.process.catalog.ProcessService;
import org.uptake.process.centre.CentreService;
import org.uptake.process.document.DocumentService;
import org.uptake.process.publication.PublicationService;
import org.uptake.process.raci.RaciService;
import org.uptake.process.spec.SpecificationEditService;
import org.uptake.process.strategy.StrategyService;
import org.uptake.shared.Actor;
import org.uptake.shared.demo.DemoContext;
import org.uptake.shared.demo.DemoDataContributor;
import org.uptake.shared.demo.DemoSize;

/**
 * Small: the car-service network's process model (levels 1-2) with the seed's worked example fully
 * specified and signed off, the strategy, centres, documents, RACI and self-assessments. Large: a
 * 2,000-process catalog over 1,000 positions for the benchmarks.
 */
@Component
class ProcessDemoData implements DemoDataContributor {

    private final ProcessService processes;
    private final SpecificationEditService edits;
    private final PositionService positions;
    private final StrategyService strategies;
    private final CentreService centres;
    private final UnitService units;
    private final DocumentService documents;
    private final PublicationService publication;
    private final SignOffService signOffs;
    private final RaciService raci;
    private final ApproachAssessmentService assessments;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ProcessDemoData(ProcessService processes, SpecificationEditService edits, PositionService positions,
                    StrategyService strategies, CentreService centres, UnitService units, DocumentService documents,
                    PublicationService publication, SignOffService signOffs, RaciService raci, ApproachAssessmentService assessments,
                    JdbcClient jdbc, JdbcTemplate template) {
        this.processes = processes;
        this.edits = edits;
        this.positions = positions;
        this.strategies = strategies;
        this.centres = centres;
        this.units = units;
        this.documents = documents;
        this.publication = publication;
        this.signOffs = signOffs;
        this.raci = raci;
        this.assessments = assessments;
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void contribute(DemoContext context) {
        if (context.size() == DemoSize.NONE) {
            return;
        }
        Actor actor = Actor.system(context.organizationId());
        if (context.size() == DemoSize.LARGE) {
            new LargeCatalog(jdbc, template, context.organizationId()).build();
            edits.refreshAll(context.organizationId());
            return;
        }
        var specs = new DemoSpecs(actor, processes, edits, positions);
        var catalog = new CarServiceCatalog(specs);
        catalog.build();
        new CarServiceOrganisation(actor, catalog, specs, strategies, centres, units, documents, publication, signOffs,
                processes, raci, assessments, jdbc).build(context.id("person.head"));
    }
}
