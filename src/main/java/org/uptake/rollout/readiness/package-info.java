/**
 * Unit readiness: criteria per program, the {@link org.uptake.rollout.readiness.ReadinessSignal} interface other
 * modules implement, manual values until they do, the score and the reasons a unit is not ready.
 */
package org.uptake.rollout.readiness;
