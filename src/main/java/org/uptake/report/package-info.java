/** Reports on programs: status reports as immutable snapshots, the program and portfolio dashboards, the evaluation and final report, the handover, lessons, backlog and the annual wheel; it reads every module and no module reads it. */
package org.uptake.report;
