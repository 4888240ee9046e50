/** Pages and REST endpoints of the unit gate and the readiness board. */
package org.uptake.rollout.gate.web;
