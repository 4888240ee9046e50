/** Working groups and commissions: members with roles and powers, quorum and tie rule, optionally tied to a program. */
package org.uptake.governance.group;
