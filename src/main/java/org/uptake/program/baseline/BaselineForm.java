package org.uptake.program.baseline;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What saving (or renaming) a baseline takes: a name unique in the program, a note, optionally the gate (phase). */
public record BaselineForm(@NotBlank @Size(max = 200) String name, @Size(max = 2000) String note, Long phaseId, int version) {

    public BaselineForm {
        name = name == null ? null : name.strip();
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
