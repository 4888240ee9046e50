/** The RACI matrix process × position: accountable and responsible from the specifications, consulted and informed kept here. */
package org.uptake.process.raci;
