/** Pages and JSON endpoints of the data migration records. */
package org.uptake.rollout.migration.web;
