/** Sign-off e-mail: approvers are asked when their step opens, requesters hear the outcome, overdue requests escalate to managers. */
package org.uptake.approval.notify;
