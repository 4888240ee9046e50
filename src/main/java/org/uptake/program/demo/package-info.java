/** Demo data of a program's control views: baselines with slip, budget with actuals, allocations and risks. */
package org.uptake.program.demo;
