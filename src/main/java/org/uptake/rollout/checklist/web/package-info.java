/** Pages and JSON endpoints of the unit checklists and their template. */
package org.uptake.rollout.checklist.web;
