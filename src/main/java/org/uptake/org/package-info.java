/** The organisation model: organisations (tenants), the unit tree, positions and people. */
package org.uptake.org;
