package org.uptake.procurement.requirement;

import jakarta.validation.constraints.Size;

/**
 * The goals and the internal budget as typed: the amount as text in the currency's major units
 * ("1 500 000,00"), read exactly into minor units. An empty amount clears the budget.
 */
public record DocumentForm(@Size(max = 1000) String goals, @Size(max = 40) String budget, @Size(max = 3) String budgetCurrency,
                           @Size(max = 2000) String budgetNote, Integer version) {

    public DocumentForm {
        version = version == null ? 0 : version;
        goals = RequirementForm.clean(goals);
        budget = RequirementForm.clean(budget);
        budgetCurrency = budgetCurrency == null || budgetCurrency.isBlank() ? null : budgetCurrency.strip().toUpperCase(java.util.Locale.ROOT);
        budgetNote = RequirementForm.clean(budgetNote);
    }
}
