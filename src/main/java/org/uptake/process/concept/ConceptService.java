package org.uptake.process.concept;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.uptake.org.OrganizationService;
import org.uptake.org.unit.UnitService;
import org.uptake.process.catalog.ProcessNode;
import org.uptake.process.catalog.ProcessService;
import org.uptake.process.centre.CentreFunction;
import org.uptake.process.centre.CentreService;
import org.uptake.process.centre.ResponsibilityCentre;
import org.uptake.process.spec.ProcessRelation;
import org.uptake.process.spec.SpecificationService;
import org.uptake.process.strategy.StrategyService;
import org.uptake.shared.Actor;

/** Assembles the two documents of the organisational design from the catalog, the centres and the unit tree. */
@Service
public class ConceptService {

    private final OrganizationService organizations;
    private final StrategyService strategies;
    private final ProcessService processes;
    private final SpecificationService specs;
    private final CentreService centres;
    private final UnitService units;

    ConceptService(OrganizationService organizations, StrategyService strategies, ProcessService processes,
                   SpecificationService specs, CentreService centres, UnitService units) {
        this.organizations = organizations;
        this.strategies = strategies;
        this.processes = processes;
        this.specs = specs;
        this.centres = centres;
        this.units = units;
    }

    public OrganisationalConcept organisationalConcept(Actor actor) {
        List<ProcessNode> tree = processes.fullTree(actor);
        List<Long> topLevel = tree.stream().map(ProcessNode::id).toList();
        return new OrganisationalConcept(organizations.current(actor).name(), strategies.current(actor).orElse(null),
                specs.all(actor, topLevel), tree, summaries(actor, List.of()));
    }

    public OrgStructureRegulation orgStructureRegulation(Actor actor) {
        List<Long> flagged = processes.systemForming(actor);
        return new OrgStructureRegulation(organizations.current(actor).name(), units.tree(actor),
                summaries(actor, specs.relations(actor)), specs.all(actor, flagged));
    }

    /** Each centre with its functions and the relations that cross into (suppliers) and out of (clients) its processes. */
    private List<CentreSummary> summaries(Actor actor, List<ProcessRelation> relations) {
        List<CentreFunction> functions = centres.allFunctions(actor);
        List<CentreSummary> out = new ArrayList<>();
        for (ResponsibilityCentre centre : centres.all(actor)) {
            List<CentreFunction> own = functions.stream().filter(f -> f.centreId() == centre.id()).toList();
            Set<Long> served = own.stream().map(CentreFunction::processId).collect(Collectors.toSet());
            out.add(new CentreSummary(centre, own,
                    relations.stream().filter(r -> served.contains(r.targetId()) && !served.contains(r.sourceId())).toList(),
                    relations.stream().filter(r -> served.contains(r.sourceId()) && !served.contains(r.targetId())).toList()));
        }
        return out;
    }
}
