package org.uptake.program.budget;

/** The three kinds of resources a seed's plan names (003:33): money, people's time, technical means. */
public enum BudgetKind {
    FINANCIAL, PERSONNEL, TECHNICAL
}
