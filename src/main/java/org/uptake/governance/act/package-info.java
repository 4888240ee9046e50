/** The registers of a program: the legal acts it relies on and the local acts it must change. */
package org.uptake.governance.act;
