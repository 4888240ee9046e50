/** A program's risk register: probability and impact, owner, mitigation, the tasks a risk threatens, and the heat map. */
package org.uptake.program.risk;
