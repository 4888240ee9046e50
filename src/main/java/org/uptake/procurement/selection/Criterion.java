package org.uptake.procurement.selection;

/** A criterion of a selection with its weight in whole percent; the weights of a selection total 100. */
public record Criterion(long id, long selectionId, int position, String name, String description, CriterionKind kind,
                        int weight) {

    public boolean price() {
        return kind == CriterionKind.PRICE;
    }
}
