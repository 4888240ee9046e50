/** Completion: who has taken the courses their position and unit require; feeds the readiness gate. */
package org.uptake.training.completion;
