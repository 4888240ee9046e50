/** Document templates as a small safe XHTML subset with placeholders, rendered to PDF and DOCX by one path (docs/adr/0010). */
package org.uptake.shared.document;
