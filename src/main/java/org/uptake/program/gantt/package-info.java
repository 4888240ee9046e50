/** The plan drawn in time: Gantt data with the critical path and baseline ghost bars, and the plan's filters. */
package org.uptake.program.gantt;
