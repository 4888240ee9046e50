/** The competency documents (job duties, job profile, vacancy) rendered as PDF from an HTML template and as DOCX. */
package org.uptake.competency.document;
