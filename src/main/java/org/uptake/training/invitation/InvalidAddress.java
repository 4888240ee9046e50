package org.uptake.training.invitation;

/** An invitee whose e-mail address is missing or invalid: logged on the run, everyone else still gets theirs. */
public record InvalidAddress(long personId, String personName, String email, String problem) {
}
