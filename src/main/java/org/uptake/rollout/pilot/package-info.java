/** The pilot: findings log and the "stable" criteria a wave must meet before the next one goes live. */
package org.uptake.rollout.pilot;
