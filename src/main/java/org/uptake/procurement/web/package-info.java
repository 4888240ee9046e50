/** The procurement tab of a program and the pages of its requirements, systems, integrations and suppliers. */
package org.uptake.procurement.web;
