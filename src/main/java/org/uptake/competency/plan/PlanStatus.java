package org.uptake.competency.plan;

public enum PlanStatus {
    OPEN, DONE, CANCELLED
}
