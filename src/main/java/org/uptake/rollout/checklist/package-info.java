/** Checklists per unit: a program's template of infrastructure and access items, generated for every unit in scope. */
package org.uptake.rollout.checklist;
