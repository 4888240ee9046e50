/** The organisation's marketing strategy (seed 002 lines 149-171), a document kept as numbered revisions. */
package org.uptake.process.strategy;
