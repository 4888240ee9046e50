package org.uptake.process.spec;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Computes the stored checks of processes written before the set of failed checks was kept with
 * them (migration V102). Runs once on start and finds nothing to do afterwards.
 */
@Component
@Order(10)
class SummaryBackfill implements ApplicationRunner {

    private final SpecificationRepository specs;
    private final SpecificationEditService edits;

    SummaryBackfill(SpecificationRepository specs, SpecificationEditService edits) {
        this.specs = specs;
        this.edits = edits;
    }

    @Override
    public void run(ApplicationArguments args) {
        specs.organizationsToBackfill().forEach(edits::refreshAll);
    }
}
