/** The governance share of the demo: the working group of P7 with its meetings, and its order acknowledged by part of its addressees. */
package org.uptake.governance.demo;
