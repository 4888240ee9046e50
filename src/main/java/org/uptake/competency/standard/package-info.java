/** Professional standards (seed 002 part E): import, mapping of positions by functional analysis, compliance, title changes and attestations. */
package org.uptake.competency.standard;
