/** The events a sign-off publishes: owning modules listen for their subject type and react, without approval knowing them. */
package org.uptake.approval.event;
