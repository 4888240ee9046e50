package org.uptake.process.concept;

import java.util.List;
import org.uptake.org.unit.UnitNode;
import org.uptake.process.spec.Specification;

/**
 * The Regulation on the organisational structure (seed 002 lines 230-236): the structure scheme;
 * the functions, authority and responsibility of each unit in terms of the processes it serves, with
 * its internal suppliers and clients; and the conceptual description of the system-forming processes.
 */
public record OrgStructureRegulation(String organization, List<UnitNode> structure, List<CentreSummary> centres,
                                     List<Specification> systemForming) {
}
