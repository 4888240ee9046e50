/** Invitations by e-mail with an iCal event, the personal calendar feed and reminders. */
package org.uptake.training.invitation;
