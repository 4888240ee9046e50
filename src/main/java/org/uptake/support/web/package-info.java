/** Pages and JSON endpoints of the problem log, its FAQ, SLA settings and trends. */
package org.uptake.support.web;
