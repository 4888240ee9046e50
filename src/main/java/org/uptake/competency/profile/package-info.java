/** Knowledge, skills and personal qualities per position and process, their agreement, and the seven-section job profile. */
package org.uptake.competency.profile;
