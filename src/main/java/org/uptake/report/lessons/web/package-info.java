/** The lessons learned register page and its REST endpoints. */
package org.uptake.report.lessons.web;
