package org.uptake.procurement.selection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The whole set of a selection's criteria with their weights, saved together because the weights must
 * total 100 %: a line with an id keeps its criterion (and its scores), a line without one adds one.
 */
public record CriteriaForm(@NotNull @Size(max = 100) List<@Valid @NotNull Line> criteria, int version) {

    public CriteriaForm {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    public record Line(Long id, @Size(max = 300) String name, @Size(max = 2000) String description, CriterionKind kind,
                       Integer weight) {
    }

    public static CriteriaForm of(List<Criterion> criteria, int version) {
        return new CriteriaForm(criteria.stream()
                .map(c -> new Line(c.id(), c.name(), c.description(), c.kind(), c.weight())).toList(), version);
    }
}
