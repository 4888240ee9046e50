/** The rollout's share of the demo data: a live pilot and two waves in preparation (small), 1,000 units in 10 waves (large). */
package org.uptake.rollout.demo;
