/** Process architecture (seed 002 part A): strategy, process catalog and specifications, map, responsibility centres, RACI, regulations and instructions. */
package org.uptake.process;
