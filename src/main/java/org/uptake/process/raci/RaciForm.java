package org.uptake.process.raci;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** One cell: consulted (C), informed (I) or nothing (empty). */
public class RaciForm {

    @NotNull private Long processId;
    @NotNull private Long positionId;
    @Pattern(regexp = "C|I|") private String role = "";

    public Long getProcessId() { return processId; }
    public void setProcessId(Long processId) { this.processId = processId; }
    public Long getPositionId() { return positionId; }
    public void setPositionId(Long positionId) { this.positionId = positionId; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role == null ? "" : role.strip().toUpperCase(java.util.Locale.ROOT); }
}
