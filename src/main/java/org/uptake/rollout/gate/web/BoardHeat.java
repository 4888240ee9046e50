package org.uptake.rollout.gate.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.uptake.rollout.readiness.CriterionKind;
import org.uptake.rollout.readiness.CriterionResult;
import org.uptake.rollout.readiness.UnitReadiness;

/**
 * The readiness board's heat map as the ECharts script reads it from a data attribute: units (rows) ×
 * criteria (columns), each cell 2 = passes, 1 = fails a non-blocking criterion, 0 = fails a blocking one,
 * with the value shown and the unit's page to drill down to. At most {@value #MAX_UNITS} units are drawn.
 */
record BoardHeat(List<String> units, List<String> links, List<String> criteria, List<List<Object>> cells, boolean cut) {

    static final int MAX_UNITS = 300;

    static BoardHeat of(long programId, List<UnitReadiness> board, List<CriterionKind> kinds, MessageSource messages,
                        java.util.Locale locale) {
        List<String> units = new ArrayList<>();
        List<String> links = new ArrayList<>();
        List<List<Object>> cells = new ArrayList<>();
        List<UnitReadiness> drawn = board.size() > MAX_UNITS ? board.subList(0, MAX_UNITS) : board;
        for (int y = 0; y < drawn.size(); y++) {
            UnitReadiness r = drawn.get(y);
            units.add(r.unit().unitName());
            links.add("/programs/" + programId + "/rollout/units/" + r.unit().id());
            for (int x = 0; x < kinds.size(); x++) {
                CriterionResult c = r.result(kinds.get(x));
                if (c == null) {
                    continue;
                }
                int state = c.passes() ? 2 : c.blocking() ? 0 : 1;
                cells.add(List.of(x, y, state, c.value() == null ? "—" : c.value().stripTrailingZeros().toPlainString()));
            }
        }
        List<String> criteria = kinds.stream()
                .map(k -> messages.getMessage("rollout.criterion." + k.name(), null, k.name(), locale)).toList();
        return new BoardHeat(units, links, criteria, cells, board.size() > MAX_UNITS);
    }
}
