/** Waves: a program's scope units grouped into ordered waves with planned go-live dates. */
package org.uptake.rollout.wave;
