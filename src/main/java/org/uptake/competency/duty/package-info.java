/** Job duties generated per position from every specification in which it is an executor (seed 002 lines 357-395). */
package org.uptake.competency.duty;
