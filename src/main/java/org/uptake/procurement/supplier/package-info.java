/** Managing the chosen vendor or integrator: kick-off, weekly status meetings with an alert, acceptance of delivered stages. */
package org.uptake.procurement.supplier;
