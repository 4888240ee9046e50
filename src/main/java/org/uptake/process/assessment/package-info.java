/** The six-criteria "process approach" self-assessment (seed 002 lines 102-113), repeated over time. */
package org.uptake.process.assessment;
