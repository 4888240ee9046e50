/** Creating a program from a playbook: team, scope, placeholders resolved to people, plan scheduled forward. */
package org.uptake.program.setup;
