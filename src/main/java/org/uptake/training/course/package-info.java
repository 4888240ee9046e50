/** Courses of a program: the aspects of the new system they cover, their audience and versioned materials. */
package org.uptake.training.course;
