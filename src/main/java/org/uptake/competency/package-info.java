/** Job duties, competencies, job profiles, assessments, training plans and professional standards (seed 002 parts A and E). */
package org.uptake.competency;
