/** SLA hours by severity, set for the organisation and optionally overridden per program. */
package org.uptake.support.sla;
