package org.uptake.measure.adoption;

import java.time.LocalDate;
import java.time.ZoneOffset;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Early each day, carries every program's active-people counts to the new day: a person active
 * yesterday is still active today without sending anything. Runs once across nodes.
 */
@Component
class AdoptionRollForward {

    private final AdoptionService adoption;

    AdoptionRollForward(AdoptionService adoption) {
        this.adoption = adoption;
    }

    @Scheduled(cron = "${uptake.adoption.roll-forward-cron:0 5 0 * * *}", zone = "UTC")
    @SchedulerLock(name = "adoption-roll-forward", lockAtMostFor = "PT30M")
    public void daily() {
        adoption.rollForward(LocalDate.now(ZoneOffset.UTC));
    }
}
