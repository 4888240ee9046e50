/** Approving and publishing specifications: submit, approve or return, and the frozen revisions that result. */
package org.uptake.process.publication;
