/** Training: courses, sessions, enrolment, attendance, tests, materials, invitations and completion. */
package org.uptake.training;
