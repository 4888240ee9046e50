package org.uptake.program.playbook;

import java.util.Locale;

/** How often a step becomes a task: once per program, once per rollout wave, or once per unit of a wave. */
public enum RepeatScope {
    ONCE, PER_WAVE, PER_UNIT;

    /** The format's spelling ("once", "per_wave", "per_unit"); absent means once; anything else is null. */
    public static RepeatScope parse(String value) {
        if (value == null) {
            return ONCE;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "once" -> ONCE;
            case "per_wave" -> PER_WAVE;
            case "per_unit" -> PER_UNIT;
            default -> null;
        };
    }

    public String spelling() {
        return name().toLowerCase(Locale.ROOT);
    }
}
