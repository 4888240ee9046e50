/** The benefits register: what a program should bring, who answers for it, the KPIs that show it, and how much is realised when. */
package org.uptake.measure.benefit;
