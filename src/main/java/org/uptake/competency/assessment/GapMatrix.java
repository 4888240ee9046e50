package org.uptake.competency.assessment;

import java.util.List;
import java.util.Map;

/**
 * Gaps (required − agreed level) of the latest agreed assessments, person × competency rolled up by
 * unit: one row per sub-unit of the chosen unit (each with its whole subtree), or one per person.
 */
public record GapMatrix(Long unitId, String unitName, List<Column> competencies, List<Row> rows) {

    public record Column(long id, String name) {
    }

    public record Cell(long withGap, long assessed, double averageGap) {
    }

    public record Row(long id, String name, boolean person, Map<Long, Cell> cells) {
    }
}
