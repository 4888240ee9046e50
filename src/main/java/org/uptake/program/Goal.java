package org.uptake.program;

/** A goal of a program: a short statement and the internal customer who wants it. */
public record Goal(long id, long programId, int position, String statement, Long internalCustomerPersonId,
                   String internalCustomerName, int version) {
}
