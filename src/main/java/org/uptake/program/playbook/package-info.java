/** Playbook templates as data: stages, steps, gates and ordering rules, built in and per organisation, versioned. */
package org.uptake.program.playbook;
