/** The go-live gate per unit: the head's sign-off, go / conditional go / no-go decisions, go-live. */
package org.uptake.rollout.gate;
