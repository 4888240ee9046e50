package org.uptake.governance.group;

/** A working group (e.g. for implementing professional standards) or a commission (e.g. the attestation commission). */
public enum GroupKind {
    WORKING_GROUP, COMMISSION
}
