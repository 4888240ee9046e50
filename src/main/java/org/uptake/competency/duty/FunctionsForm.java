package org.uptake.competency.duty;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The functions a position performs in one process, refined and added to (seed 002 line 381). */
public class FunctionsForm {

    @NotBlank
    @Size(max = 4000)
    private String functions;

    private int version;

    public String getFunctions() {
        return functions;
    }

    public void setFunctions(String functions) {
        this.functions = functions == null ? null : functions.strip();
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
