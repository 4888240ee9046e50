/** REST endpoints of invitations and the personal calendar feed; the feed itself. */
package org.uptake.training.invitation.web;
