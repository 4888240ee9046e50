/** The engagement module's share of the demo data: a stakeholder grid and a communication calendar across the rollout. */
package org.uptake.engagement.demo;
