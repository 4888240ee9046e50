/** The competency catalogue (knowledge, skills, personal qualities), the proficiency scale and the company values. */
package org.uptake.competency.catalog;
