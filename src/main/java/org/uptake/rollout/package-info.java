/** Rollout by unit: waves, the pilot, checklists, readiness gate with the head's green light, parallel run. */
package org.uptake.rollout;
