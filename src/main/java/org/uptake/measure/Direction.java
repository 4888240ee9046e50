package org.uptake.measure;

/** Which way a KPI should move: up (sales, conversion) or down (cost per thousand views, handling time). */
public enum Direction {
    INCREASE, DECREASE
}
