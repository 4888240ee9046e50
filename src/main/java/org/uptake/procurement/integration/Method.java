package org.uptake.procurement.integration;

/** How the systems are connected; manual entry where a connection is impossible (seed 002 part D, 6). */
public enum Method {
    API, FILE, DATABASE, MANUAL
}
