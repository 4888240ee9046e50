package org.uptake.program.budget;

/** A program's budget settings: its one currency ({@code null} until chosen) and the row's version. */
public record Budget(long programId, String currency, int version) {

    public boolean hasCurrency() {
        return currency != null;
    }
}
