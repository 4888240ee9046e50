package org.uptake.governance.group;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Adds a person to a group in a role, with their powers in words. */
public record MemberForm(@NotNull Long personId, @NotNull MemberRole role, @Size(max = 2000) String powers) {
}
