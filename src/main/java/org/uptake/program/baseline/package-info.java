/** Baselines: named snapshots of a plan, the slip of every task and phase against them, and the burn-down. */
package org.uptake.program.baseline;
