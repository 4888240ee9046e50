/** A program's budget: lines by kind and phase, planned against what was actually spent, in the program's one currency. */
package org.uptake.program.budget;
