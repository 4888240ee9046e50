package org.uptake.process.concept;

import java.util.List;
import org.uptake.process.catalog.ProcessNode;
import org.uptake.process.spec.Specification;
import org.uptake.process.strategy.StrategyRevision;

/**
 * The organisational concept, "the architectural design" of the organisation (seed 002 lines
 * 179-185): the top-level processes, their brief description (content, inputs, outputs, executors),
 * the process map down to level 3, the responsibility centres and their functions — after the
 * strategy it rests on.
 */
public record OrganisationalConcept(String organization, StrategyRevision strategy, List<Specification> topLevel,
                                    List<ProcessNode> map, List<CentreSummary> centres) {
}
