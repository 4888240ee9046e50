/** The integrations register API of a program's procurement. */
package org.uptake.procurement.integration.web;
