/** A program's communication plan: items per audience, channel and date, its calendar, and e-mail items sent in the background with a sent log. */
package org.uptake.engagement.communication;
