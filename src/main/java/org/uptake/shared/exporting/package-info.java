/** Writing tables as CSV or XLSX downloads (spreadsheet formulas neutralised in every cell) and XHTML as PDF and DOCX. */
package org.uptake.shared.exporting;
