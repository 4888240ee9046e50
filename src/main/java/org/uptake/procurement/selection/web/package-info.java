/** Pages and REST endpoints of vendor selection. */
package org.uptake.procurement.selection.web;
