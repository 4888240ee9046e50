/** Engagement: stakeholders, the communication plan, surveys and the employee's "what does this mean for me?" page. */
package org.uptake.engagement;
