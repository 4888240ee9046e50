/** A plan as a spreadsheet: export to CSV/XLSX and import (with a predecessors column) through the one import mechanism. */
package org.uptake.program.planio;
