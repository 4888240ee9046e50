package org.uptake.procurement.selection;

import org.uptake.program.ProgramAccess;

/**
 * What the actor may do with one selection: the program's readers read it, its editors (coordinator,
 * deputy, admins) manage it, and its evaluators read it and score — even when they are not on the program team.
 */
public record SelectionAccess(Selection selection, ProgramAccess program, boolean evaluator) {

    public boolean reads() {
        return program.reads() || evaluator;
    }

    public boolean manages() {
        return program.edits();
    }
}
