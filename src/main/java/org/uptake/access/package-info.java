/** User accounts, sign-in, roles, API tokens, invitations and password resets, and the permission checks at the door. */
package org.uptake.access;
