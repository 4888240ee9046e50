/** Individual training plans: needs from assessment gaps, duty changes and attestations, each open until trained. */
package org.uptake.competency.plan;
