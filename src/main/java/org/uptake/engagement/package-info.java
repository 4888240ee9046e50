/** Engagement: stakeholders, the communication plan, surveys and feedback, the employee's "what changes for me" page. */
package org.uptake.engagement;
