/** REST endpoints of enrolments, attendance and feedback. */
package org.uptake.training.enrolment.web;
