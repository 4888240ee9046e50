/** Pages and JSON endpoints of parallel runs and their reconciliation. */
package org.uptake.rollout.parallel.web;
