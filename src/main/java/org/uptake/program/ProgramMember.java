package org.uptake.program;

/** A person in a program's team with one of their program roles. */
public record ProgramMember(long id, long personId, String personName, String email, ProgramRole role) {
}
