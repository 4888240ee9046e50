package org.uptake.program;

import java.util.Locale;

/** A person's role in one program's team (not an account role): who runs, backs, trains and takes over. */
public enum ProgramRole {
    COORDINATOR, DEPUTY, MEMBER, SPONSOR, TRAINER, LINE_OWNER;

    /** The playbook format's spelling ("coordinator", "line_owner"), or null when it is not a role. */
    public static ProgramRole fromPlaceholder(String placeholder) {
        if (placeholder == null) {
            return null;
        }
        try {
            return valueOf(placeholder.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String placeholder() {
        return name().toLowerCase(Locale.ROOT);
    }
}
