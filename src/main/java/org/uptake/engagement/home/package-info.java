/** The employee's "what does this mean for me?": role change texts per position and the home page panel. */
package org.uptake.engagement.home;
