/** A program's plan: phases, tasks, finish-to-start dependencies, scheduling, completion with evidence and stage acceptance. */
package org.uptake.program.plan;
