/** Measured effect: KPIs with their plan and measurements, the benefits register and adoption of the new system. */
package org.uptake.measure;
