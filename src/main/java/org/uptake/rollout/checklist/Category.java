package org.uptake.rollout.checklist;

/** Infrastructure items (servers, network, workstations, compatibility) or access items (an account per person in scope). */
public enum Category {
    INFRASTRUCTURE, ACCESS
}
