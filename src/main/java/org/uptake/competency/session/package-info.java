/** Training sessions asked for from the gap matrix: a unit's people with a gap in one competency, trained together. */
package org.uptake.competency.session;
