/** Training sessions: when (UTC plus the zone they were planned in), where, who trains, how many fit. */
package org.uptake.training.session;
