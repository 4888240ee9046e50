package org.uptake.competency.duty;

import java.util.List;

/** Something the reader of generated duties should know: an incomplete or unapproved specification, a guessed function. */
public record DutyWarning(String code, List<Object> args) {

    public DutyWarning {
        args = List.copyOf(args);
    }

    public static DutyWarning of(String code, Object... args) {
        return new DutyWarning(code, List.of(args));
    }
}
