/** Meetings of a group: agenda, attendance, minutes kept by the secretary, decisions by vote of the members present, dissenting opinions. */
package org.uptake.governance.meeting;
