package org.uptake.program;

import java.util.Set;

/**
 * What the current actor may do in one program: read it (team members, and whoever reads the whole
 * organisation), edit it (the program's coordinator and deputy, organisation admins), accept its
 * stages (coordinator, sponsor, admins). People outside the team see only their own tasks.
 */
public record ProgramAccess(Program program, Set<ProgramRole> roles, boolean reads, boolean edits, boolean accepts) {

    public ProgramAccess {
        roles = Set.copyOf(roles);
    }

    public long programId() {
        return program.id();
    }

    public boolean has(ProgramRole role) {
        return roles.contains(role);
    }
}
