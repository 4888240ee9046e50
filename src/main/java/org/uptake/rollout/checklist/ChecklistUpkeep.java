package org.uptake.rollout.checklist;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.uptake.org.person.PeopleJoinedUnits;
import org.uptake.org.person.PeopleLeft;
import org.uptake.rollout.wave.WaveUnitsChanged;

/**
 * Keeps the checklists in step with the waves and the people, in the transaction of the change: units
 * added to a wave get their items, moved or rescheduled ones their due dates, a person who joins a unit
 * in scope gets an access item, one who leaves has open access items closed as not applicable.
 */
@Component
class ChecklistUpkeep {

    private final ChecklistService checklists;

    ChecklistUpkeep(ChecklistService checklists) {
        this.checklists = checklists;
    }

    @EventListener
    void on(WaveUnitsChanged e) {
        checklists.generate(e.organizationId(), e.programId());
    }

    @EventListener
    void on(PeopleJoinedUnits e) {
        checklists.peopleJoined(e.organizationId(), e.personIds());
    }

    @EventListener
    void on(PeopleLeft e) {
        checklists.peopleLeft(e.organizationId(), e.personIds());
    }
}
