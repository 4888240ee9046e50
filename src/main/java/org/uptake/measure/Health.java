package org.uptake.measure;

/** A program's health as its KPIs show it: green, amber or red. */
public enum Health {
    GREEN, AMBER, RED
}
