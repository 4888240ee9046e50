/** Parallel run of the legacy and the new system: period per wave or unit, daily reconciliation, exit criteria, cutover. */
package org.uptake.rollout.parallel;
