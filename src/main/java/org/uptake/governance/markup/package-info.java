/** The template source format of governance documents — a small safe XHTML subset with placeholders — and its one rendering path to PDF and DOCX (docs/adr/0012). */
package org.uptake.governance.markup;
