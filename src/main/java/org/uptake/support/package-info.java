/** The problem log: what people report while a change lands, its owner, SLA, workflow, resolution and trends. */
package org.uptake.support;
