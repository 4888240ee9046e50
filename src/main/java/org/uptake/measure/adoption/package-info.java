/** Adoption of the new system: usage events ingested in batches, and who is active per unit, wave and day. */
package org.uptake.measure.adoption;
