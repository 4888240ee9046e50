/** The vendors and integrators API of a program's procurement. */
package org.uptake.procurement.supplier.web;
