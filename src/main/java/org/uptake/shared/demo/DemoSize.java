package org.uptake.shared.demo;

/** How much demo data a first start creates: none, a living small organisation, or the benchmark set. */
public enum DemoSize {
    NONE, SMALL, LARGE;

    public static DemoSize parse(String value) {
        if (value == null) {
            return SMALL;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "none", "" -> NONE;
            case "large" -> LARGE;
            case "small" -> SMALL;
            default -> throw new IllegalArgumentException("uptake.demo must be none, small or large, not '" + value + "'");
        };
    }
}
