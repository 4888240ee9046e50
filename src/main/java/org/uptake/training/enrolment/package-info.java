/** Who takes a session: bulk enrolment with a waitlist, attendance, test scores and feedback. */
package org.uptake.training.enrolment;
