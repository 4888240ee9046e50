/** Governance: working groups and commissions, meetings and votes, document templates and instances, acknowledgements, act registers. */
package org.uptake.governance;
