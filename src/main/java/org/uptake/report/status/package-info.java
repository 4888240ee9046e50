/** Status reports of a program: generated weekly and on demand, stored as immutable snapshots, mailed to subscribers. */
package org.uptake.report.status;
