/** The competency module's demo data: profiles, duties, assessments and the fictional standard (small); bulk rows for benchmarks (large). */
package org.uptake.competency.demo;
