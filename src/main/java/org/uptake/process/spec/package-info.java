/**
 * A process's specification parts in the seed's order — clients, goals, results, indicators,
 * resources, suppliers, executors — with the order rules, the checks, the completeness figure and
 * the event other modules (job duties) follow.
 */
package org.uptake.process.spec;
