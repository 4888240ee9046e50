package org.uptake.procurement.requirement;

/**
 * The head of a program's requirements document: the implementation goals in one or two sentences and
 * the internal budget (software, implementation, support — seed 002 part D, 3.10), which stays inside
 * the organisation and is never part of an export. Version 0 means nothing has been saved yet.
 */
public record RequirementDocument(long programId, String goals, Long budgetMinor, String budgetCurrency, String budgetNote,
                                  int version) {

    public static RequirementDocument empty(long programId) {
        return new RequirementDocument(programId, null, null, null, null, 0);
    }
}
