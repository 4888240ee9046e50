/** The demo's procurement: a requirements document, systems, integrations (one overdue) and an integrator under control. */
package org.uptake.procurement.demo;
