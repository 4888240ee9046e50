/** Pages and REST endpoints of the evaluation, the final report and the handover. */
package org.uptake.report.closure.web;
