package org.uptake.org.unit;

/** A unit as its head sees it on the home page: how many people its whole subtree holds. */
public record HeadedUnit(long id, String name, String unitType, boolean acting, long people) {
}
