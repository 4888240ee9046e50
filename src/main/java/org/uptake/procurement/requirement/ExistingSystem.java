package org.uptake.procurement.requirement;

/** One entry of the inventory of existing systems (seed 002 part D, 3.6): what it is for, keep or replace, who owns it. */
public record ExistingSystem(long id, long programId, String name, String purpose, SystemDecision decision, Long ownerPersonId,
                             String ownerName, int version) {
}
