package org.uptake.org.position;

/** A position as the list shows it, with the number of current holders. */
public record PositionRow(long id, String code, String title, int version, long holders) {
}
