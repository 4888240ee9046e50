package org.uptake.governance.document;

/** What a template produces: an order (приказ), a regulation (Положение), a plan, minutes, a notice. */
public enum DocumentKind {
    ORDER, REGULATION, ACTION_PLAN, MINUTES, IMPLEMENTATION_PLAN, COMMUNICATION_PLAN, NOTICE
}
