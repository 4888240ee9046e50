/** Pages and REST endpoints of waves and their units. */
package org.uptake.rollout.wave.web;
