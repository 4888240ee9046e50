/** What three or more modules need: the actor, errors, paging, audit, stored files, imports, exports and the mail outbox. */
package org.uptake.shared;
