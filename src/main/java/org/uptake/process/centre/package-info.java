/** Responsibility centres and the functions by which they serve processes; orphan processes and duplicated functions. */
package org.uptake.process.centre;
