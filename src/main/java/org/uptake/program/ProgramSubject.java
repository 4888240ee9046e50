package org.uptake.program;

/** What a program implements (PRODUCT.md area 1). */
public enum ProgramSubject {
    SOFTWARE_SYSTEM, CRM, PROCESS_APPROACH, PROFESSIONAL_STANDARDS, MESSENGER_CHANNEL, SCHOOL_TECHNOLOGY, POLICY
}
