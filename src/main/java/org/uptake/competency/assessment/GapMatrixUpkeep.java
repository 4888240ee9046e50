package org.uptake.competency.assessment;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.uptake.org.person.PeopleJoinedUnits;

/**
 * Keeps the gap matrix's totals in step with the org chart, in the transaction of the change: people
 * who join or move to a unit (by the form or an import) take their latest assessment with them.
 */
@Component
class GapMatrixUpkeep {

    private final GapRollupRepository rollup;

    GapMatrixUpkeep(GapRollupRepository rollup) {
        this.rollup = rollup;
    }

    @EventListener
    void on(PeopleJoinedUnits e) {
        rollup.peopleMoved(e.organizationId(), e.personIds());
    }
}
