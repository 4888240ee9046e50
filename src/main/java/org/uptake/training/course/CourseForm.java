package org.uptake.training.course;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a coordinator enters for a course; {@code version} is the one they edited (ignored on create). */
public record CourseForm(@NotNull Long programId, @NotBlank @Size(max = 200) String title,
                         @Size(max = 4000) String description,
                         @Size(max = 50) List<@NotBlank @Size(max = 200) String> aspects,
                         @Size(max = 500) List<@NotNull Long> positionIds,
                         @Size(max = 500) List<@NotNull Long> unitIds,
                         @NotNull @Min(1) @Max(100000) Integer durationMinutes,
                         @Min(0) @Max(100) Integer passMark, Boolean required, Integer version) {

    /** A course is required unless said otherwise; a new one has no version yet. */
    public CourseForm {
        required = required == null || required;
        version = version == null ? 0 : version;
    }

    public List<String> aspectsOrEmpty() {
        return aspects == null ? List.of() : aspects.stream().map(String::strip).distinct().toList();
    }

    public List<Long> positionsOrEmpty() {
        return positionIds == null ? List.of() : positionIds.stream().distinct().toList();
    }

    public List<Long> unitsOrEmpty() {
        return unitIds == null ? List.of() : unitIds.stream().distinct().toList();
    }
}
