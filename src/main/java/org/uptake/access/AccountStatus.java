package org.uptake.access;

/** INVITED accounts wait for their owner to set a password; DEACTIVATED ones can no longer sign in. */
public enum AccountStatus {
    INVITED, ACTIVE, DEACTIVATED
}
