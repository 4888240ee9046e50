/** Closing a program: the effectiveness evaluation against the original objective with interviews, the final report signed off and frozen, and the handover accepted by the line owner. */
package org.uptake.report.closure;
