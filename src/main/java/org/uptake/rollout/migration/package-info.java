/** Data migration records per data source, with the P5 gate: migrate only after a backup and a test, then test again. */
package org.uptake.rollout.migration;
