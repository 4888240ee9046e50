/** The annual wheel of follow-up activities after the handover, which creates the coming year's plan tasks. */
package org.uptake.report.wheel;
