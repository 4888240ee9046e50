package org.uptake.procurement.supplier;

/** Whether the supplier sells the system or implements it. */
public enum SupplierKind {
    VENDOR, INTEGRATOR
}
