/** REST endpoints of courses, materials and the coverage check. */
package org.uptake.training.course.web;
