/** People allocated to programs with hours per week over a period, and who is above their weekly capacity across programs. */
package org.uptake.program.resource;
