/** The lessons learned register across programs, offered again when a program starts from the same playbook. */
package org.uptake.report.lessons;
