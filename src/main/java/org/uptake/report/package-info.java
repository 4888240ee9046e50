/** Reports over the other modules: status reports as immutable snapshots, the program and portfolio dashboards, closure documents. */
package org.uptake.report;
