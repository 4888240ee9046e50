/** Procurement: the requirements document, the systems and integrations around it, and the vendors and integrators who deliver. */
package org.uptake.procurement;
