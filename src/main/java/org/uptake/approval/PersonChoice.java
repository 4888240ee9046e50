package org.uptake.approval;

/** A person offered as an approver or acting approver: name, unit, and whether they can sign in to decide. */
public record PersonChoice(long id, String name, String unitName, boolean canSignIn) {
}
