/** The problem log's share of the demo data: every kind of problem, the workflow, FAQ, trends; 10k for benchmarks. */
package org.uptake.support.demo;
