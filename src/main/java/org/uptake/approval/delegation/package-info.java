/** Delegations: an approver lets an acting approver decide for them, for one request or for a period. */
package org.uptake.approval.delegation;
