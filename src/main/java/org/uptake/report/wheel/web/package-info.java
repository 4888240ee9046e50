/** The annual wheel tab of a program and its REST endpoints. */
package org.uptake.report.wheel.web;
