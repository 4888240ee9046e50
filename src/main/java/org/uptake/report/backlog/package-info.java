/** The further-development backlog of a program, fed from problems, feedback and by hand; the line owner keeps it after the handover. */
package org.uptake.report.backlog;
