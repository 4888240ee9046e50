/** Opening organisations (tenants) with their first admin, and renaming them: the system administrator's work. */
package org.uptake.access.tenant;
