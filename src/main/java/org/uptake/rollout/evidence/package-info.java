/** Evidence files of the rollout (checklist items, migration backups and tests), kept in the shared file store. */
package org.uptake.rollout.evidence;
