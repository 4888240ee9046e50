package org.uptake.governance.group;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A group as a form or an API client describes it. */
public record WorkingGroupForm(@NotNull GroupKind kind, @NotBlank @Size(max = 300) String name,
                               @Size(max = 4000) String purpose, Long programId,
                               @NotNull @Min(1) @Max(100) Integer quorumPercent, @NotNull TieRule tieRule,
                               int version) {

    public static WorkingGroupForm of(WorkingGroup g) {
        return new WorkingGroupForm(g.kind(), g.name(), g.purpose(), g.programId(), g.quorumPercent(), g.tieRule(), g.version());
    }

    public static WorkingGroupForm blank() {
        return new WorkingGroupForm(GroupKind.WORKING_GROUP, "", "", null, 50, TieRule.CHAIR_DECIDES, 0);
    }
}
