/** Assessments against the job profile: self, manager and agreed levels, gaps, the gap matrix by unit. */
package org.uptake.competency.assessment;
