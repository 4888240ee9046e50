/** Implementation programs: what is implemented, goals, objective, scope, team and lifecycle, created from playbooks. */
package org.uptake.program;
