/** The backlog tab of a program and its REST endpoints. */
package org.uptake.report.backlog.web;
