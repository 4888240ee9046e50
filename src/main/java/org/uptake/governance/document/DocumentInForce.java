package org.uptake.governance.document;

/** A document (revision) came into force; acknowledgements of an earlier revision are asked again. */
public record DocumentInForce(long organizationId, long documentId, int revision) {
}
