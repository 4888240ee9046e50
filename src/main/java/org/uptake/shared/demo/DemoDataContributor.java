package org.uptake.shared.demo;

/**
 * A module's share of the demo data. Contributors run in {@link #order()} on an empty database
 * only; the organisation model goes first, every later capability adds its own records.
 */
public interface DemoDataContributor {

    int order();

    void contribute(DemoContext context);
}
