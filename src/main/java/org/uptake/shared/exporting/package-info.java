/** Writing tables as CSV or XLSX downloads, with spreadsheet formulas neutralised in every cell. */
package org.uptake.shared.exporting;
