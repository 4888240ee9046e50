/** The organisation's working-day calendar (weekend days and holidays) that plans are scheduled in. */
package org.uptake.program.calendar;
