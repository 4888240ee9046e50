/** A program's stakeholder register, its influence × interest grid and the anchoring activities with stakeholders. */
package org.uptake.engagement.stakeholder;
