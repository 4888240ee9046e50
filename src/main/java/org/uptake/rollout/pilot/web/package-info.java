/** REST endpoints of pilot findings and wave stability. */
package org.uptake.rollout.pilot.web;
