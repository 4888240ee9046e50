/** The requirements document a program hands to vendors for estimates, with the inventory of existing systems. */
package org.uptake.procurement.requirement;
