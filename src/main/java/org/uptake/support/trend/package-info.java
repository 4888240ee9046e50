/** Problem trends: per week, type and unit, for the coordinator's eyes and the chart. */
package org.uptake.support.trend;
