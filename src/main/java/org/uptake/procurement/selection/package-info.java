/** Vendor selection in a program: shortlist, weighted criteria, independent evaluator scores, ranking, decision. */
package org.uptake.procurement.selection;
