package org.uptake.process.concept;

import java.util.List;
import org.uptake.process.centre.CentreFunction;
import org.uptake.process.centre.ResponsibilityCentre;
import org.uptake.process.spec.ProcessRelation;

/** A responsibility centre with its functions and, for the Regulation, its internal suppliers and clients. */
public record CentreSummary(ResponsibilityCentre centre, List<CentreFunction> functions, List<ProcessRelation> suppliers,
                            List<ProcessRelation> clients) {
}
