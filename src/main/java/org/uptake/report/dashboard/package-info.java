/** The live program dashboard (a program tab) and the portfolio of every program for executives and viewers. */
package org.uptake.report.dashboard;
