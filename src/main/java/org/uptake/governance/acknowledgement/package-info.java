/** "Read and understood": acknowledgements of a document revision by named people, online or on a scanned paper sheet, with reminders and escalation. */
package org.uptake.governance.acknowledgement;
