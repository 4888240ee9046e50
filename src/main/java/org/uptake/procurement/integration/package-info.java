/** The integrations register of a program and the daily check that flags integrations not verified in time. */
package org.uptake.procurement.integration;
